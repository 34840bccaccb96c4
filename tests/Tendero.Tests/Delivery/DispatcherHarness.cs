using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Tendero.Config;
using Tendero.Core;
using Tendero.Delivery;
using Tendero.Hosting;
using Tendero.Storage;
using Tendero.Tests.Config;

namespace Tendero.Tests.Delivery;

/// <summary>A Dispatcher over a fresh SQLite file, the demo business, a fake clock and scripted channels.</summary>
internal sealed class DispatcherHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 7, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly string folder;
    private readonly WorkSignals signals = new();

    private DispatcherHarness(string folder, SqliteDatabase database, DispatcherOptions options, TimeSpan sendTimeout, ScriptedChannel[] channels)
    {
        this.folder = folder;
        Database = database;
        Options = options;
        Outbox = new Outbox(database, Time);
        Queries = new MessageQueries(database);
        Dispatcher = new Dispatcher(Outbox, new SendPreparer(Outbox, Time), new Businesses([Unpaced(BusinessFiles.LaFonda())]), channels, signals,
            Microsoft.Extensions.Options.Options.Create(options),
            Microsoft.Extensions.Options.Options.Create(new ServerOptions { NodeId = "test", SendTimeout = sendTimeout }),
            Time, NullLogger<Dispatcher>.Instance);
    }

    public FakeTimeProvider Time { get; } = new(Start);

    public SqliteDatabase Database { get; }

    public DispatcherOptions Options { get; }

    public Outbox Outbox { get; }

    public MessageQueries Queries { get; }

    public Dispatcher Dispatcher { get; }

    public static async Task<DispatcherHarness> CreateAsync(
        ScriptedChannel channel, DispatcherOptions? options = null, TimeSpan? sendTimeout = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "tendero-tests", Guid.NewGuid().ToString("N"));
        var database = SqliteDatabase.Open(Path.Combine(folder, "test.db"));
        await Migrator.MigrateAsync(database, CancellationToken.None);
        // The test customer wrote an hour ago, so WhatsApp's 24-hour window is open for free-form text.
        await database.WriteAsync((c, t) => c.ExecuteAsync(new CommandDefinition(
            "INSERT INTO contacts (business_id, channel, address, last_inbound_at, created_at) VALUES ('la-fonda', 'whatsapp', '+50761234567', @at, @at)",
            new { at = Ms(Start) - 3_600_000 }, t)), CancellationToken.None);
        return new DispatcherHarness(folder, database, options ?? new DispatcherOptions(), sendTimeout ?? TimeSpan.FromSeconds(30), [channel]);
    }

    public Task<long> EnqueueAsync(string to = "whatsapp:+50761234567", string business = "la-fonda") =>
        Outbox.EnqueueAsync(business, Address.Parse(to), "Hola Ana, tu mesa está lista", CancellationToken.None);

    public Task<int> RunOnceAsync() => Dispatcher.RunOnceAsync(CancellationToken.None);

    public async Task<MessageRow> RowAsync(long id) => (await Queries.GetAsync(id, CancellationToken.None))!;

    public Task SetAttemptsAsync(long id, int attempts) =>
        Database.WriteAsync((c, t) => c.ExecuteAsync(new CommandDefinition(
            "UPDATE messages SET attempts = @attempts WHERE id = @id", new { attempts, id }, t)), CancellationToken.None);

    public static long Ms(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    /// <summary>These tests are about claims, retries and leases; pacing has its own tests (DispatcherPacingTests).</summary>
    public static BusinessConfig Unpaced(BusinessConfig business) =>
        business with { Lanes = ChannelNames.All.ToDictionary(c => c, _ => Tendero.Delivery.Pacing.LaneLimits.Create(1000, TimeSpan.Zero)) };

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        signals.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
