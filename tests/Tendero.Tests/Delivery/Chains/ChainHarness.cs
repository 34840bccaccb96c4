using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Tendero.Config;
using Tendero.Core;
using Tendero.Delivery;
using Tendero.Delivery.Chains;
using Tendero.Hosting;
using Tendero.Inbox;
using Tendero.Storage;
using Tendero.Tests.Config;
using static Microsoft.Extensions.Options.Options;

namespace Tendero.Tests.Delivery.Chains;

/// <summary>
/// The chain engine over a fresh SQLite file, a fake clock, the demo business and providers that accept everything.
/// The clock starts at 10:00 in Panama (15:00 UTC), outside La Fonda's quiet hours (21:00-07:00).
/// </summary>
internal sealed class ChainHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 7, 1, 15, 0, 0, TimeSpan.Zero);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "tendero-tests", Guid.NewGuid().ToString("N"));
    private readonly WorkSignals signals = new();
    private readonly SqliteDatabase database;
    private readonly Dispatcher dispatcher;
    private readonly Ingest ingest;

    private ChainHarness(BusinessConfig business)
    {
        database = SqliteDatabase.Open(Path.Combine(folder, "test.db"));
        Business = business;
        var businesses = new Businesses([business]);
        People = new PeopleStore(database, Time);
        Chains = new ChainStore(database, Time);
        Queries = new ChainQueries(database, Time);
        var signalStore = new ChainSignalStore(database, Time);
        Starter = new AlertStarter(Chains, People, signals);
        Runner = new ChainRunner(Chains, signalStore, People, businesses, signals, Create(new ChainOptions()), Time, NullLogger<ChainRunner>.Instance);
        Channels = ChannelNames.All.ToDictionary(k => k, k => new AutoChannel(k));
        var outbox = new Outbox(database, Time);
        dispatcher = new Dispatcher(outbox, new SendPreparer(outbox, Time), businesses, Channels.Values, signals, Create(new DispatcherOptions()),
            Create(new ServerOptions { NodeId = "test" }), Time, NullLogger<Dispatcher>.Instance);
        ingest = new Ingest(new InboxStore(database, Time), signals);
    }

    public FakeTimeProvider Time { get; } = new(Start);

    public BusinessConfig Business { get; }

    public PeopleStore People { get; }

    public ChainStore Chains { get; }

    public ChainQueries Queries { get; }

    public AlertStarter Starter { get; }

    public ChainRunner Runner { get; }

    public IReadOnlyDictionary<ChannelKind, AutoChannel> Channels { get; }

    public static async Task<ChainHarness> CreateAsync(BusinessConfig? business = null)
    {
        var harness = new ChainHarness(business ?? BusinessFiles.LaFonda());
        await Migrator.MigrateAsync(harness.database, default);
        foreach (var person in harness.Business.Staff)
        {
            await harness.People.UpsertAsync(harness.Business.Id, person, "config", default);
        }
        return harness;
    }

    public async Task<long> StartAsync(string to = "maria", bool critical = false, string policy = "stock-alert")
    {
        var result = await Starter.StartAsync(Business, new AlertRequest(to, policy, critical, "Quedan 2 kg de tomate", null, null), default);
        var started = Assert.IsType<AlertResult.Started>(result);
        await RunAsync();
        return started.ChainId;
    }

    /// <summary>Runs chains and the dispatcher until neither has anything due at the current time.</summary>
    public async Task RunAsync()
    {
        for (var round = 0; round < 20; round++)
        {
            var work = await Runner.RunOnceAsync(default) + await dispatcher.RunOnceAsync(default);
            if (work == 0)
            {
                return;
            }
        }
        throw new InvalidOperationException("Chains and dispatcher kept finding work after 20 rounds.");
    }

    /// <summary>Moves the clock on in steps of at most five minutes, running everything due at each, as a live server would.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        var step = TimeSpan.FromMinutes(5);
        for (var left = by; left > TimeSpan.Zero; left -= step)
        {
            Time.Advance(left < step ? left : step);
            await RunAsync();
        }
    }

    public async Task<(ChainRow Chain, IReadOnlyList<ChainEventRow> Events)> GetAsync(long id) => (await Queries.GetAsync(Business.Id, id, default))!.Value;

    /// <summary>The channels the chain has sent on, in order.</summary>
    public async Task<IReadOnlyList<string>> SentChannelsAsync(long chainId) =>
        (await database.ReadAsync(c => c.QueryAsync<string>("SELECT channel FROM messages WHERE chain_id = @chainId ORDER BY id", new { chainId }), default)).ToList();

    public Task<long> MessageOnAsync(long chainId, ChannelKind channel) =>
        database.ReadAsync(c => c.ExecuteScalarAsync<long>(
            "SELECT id FROM messages WHERE chain_id = @chainId AND channel = @channel", new { chainId, channel = channel.Name() }), default);

    public async Task ReportAsync(long messageId, ChannelKind channel, MessageStatus status, string? error = null)
    {
        await ingest.StoreAsync(new InboundBatch(Business.Id, [], [new StatusReport(channel, $"p-{messageId}", status, Time.GetUtcNow(), error, error, null)]), default);
        await RunAsync();
    }

    private int inboundCount;

    public async Task ReplyAsync(ChannelKind channel, string from, string text, string kind = "text")
    {
        var id = Interlocked.Increment(ref inboundCount);
        await ingest.StoreAsync(new InboundBatch(Business.Id, [new InboundMessage(channel, $"in-{id}", from, null, null, kind, text, Time.GetUtcNow(), null)], []), default);
        await RunAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await database.DisposeAsync();
        signals.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
