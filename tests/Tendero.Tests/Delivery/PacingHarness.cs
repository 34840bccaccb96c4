using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Tendero.Config;
using Tendero.Core;
using Tendero.Delivery;
using Tendero.Hosting;
using Tendero.Storage;
using Tendero.Tests.Config;
using Tendero.Tests.Delivery.Chains;
using static Microsoft.Extensions.Options.Options;

namespace Tendero.Tests.Delivery;

/// <summary>The dispatcher with real lane limits, providers that accept everything, and a fake clock.</summary>
internal sealed class PacingHarness : IAsyncDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "tendero-tests", Guid.NewGuid().ToString("N"));
    private readonly WorkSignals signals = new();
    private readonly SqliteDatabase database;

    private PacingHarness(IReadOnlyList<BusinessConfig> businesses)
    {
        database = SqliteDatabase.Open(Path.Combine(folder, "test.db"));
        Outbox = new Outbox(database, Time);
        Channels = ChannelNames.All.ToDictionary(k => k, k => new AutoChannel(k));
        Dispatcher = new Dispatcher(Outbox, new SendPreparer(Outbox, Time), new Businesses(businesses), Channels.Values, signals,
            Create(new DispatcherOptions { BatchSize = 1000, MaxConcurrency = 256 }), Create(new ServerOptions { NodeId = "test" }), Time,
            NullLogger<Dispatcher>.Instance);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 7, 1, 15, 0, 0, TimeSpan.Zero));

    public Outbox Outbox { get; }

    public Dispatcher Dispatcher { get; }

    public IReadOnlyDictionary<ChannelKind, AutoChannel> Channels { get; }

    public static async Task<PacingHarness> CreateAsync(params BusinessConfig[] businesses)
    {
        var harness = new PacingHarness(businesses.Length == 0 ? [BusinessFiles.LaFonda()] : businesses);
        await Migrator.MigrateAsync(harness.database, default);
        return harness;
    }

    /// <summary>Queues a message; WhatsApp recipients get an open 24-hour window so free text may go.</summary>
    public async Task<long> QueueAsync(string to, string text = "hola", int priority = 1, string business = "la-fonda")
    {
        var address = Address.Parse(to);
        if (address.Channel == ChannelKind.WhatsApp)
        {
            await database.WriteAsync((c, t) => c.ExecuteAsync(
                """
                INSERT INTO contacts (business_id, channel, address, last_inbound_at, created_at) VALUES (@business, 'whatsapp', @a, @at, @at)
                ON CONFLICT DO NOTHING
                """, new { business, a = address.Value, at = Time.GetUtcNow().ToUnixTimeMilliseconds() }, t), default);
        }
        return await Outbox.EnqueueAsync(new OutboundRequest(business, address, text) { Priority = priority }, default);
    }

    public int SentOn(ChannelKind channel) => Channels[channel].Sent.Count;

    public async Task<int> RunAsync() => await Dispatcher.RunOnceAsync(default);

    /// <summary>Moves the clock in steps of at most 50 ms, running a round at each, as the live lane loops would.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        var step = TimeSpan.FromMilliseconds(50);
        for (var left = by; left > TimeSpan.Zero; left -= step)
        {
            Time.Advance(left < step ? left : step);
            await RunAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await database.DisposeAsync();
        Dispatcher.Dispose();
        signals.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
