using Dapper;
using Microsoft.Extensions.Time.Testing;
using Tendero.Core;
using Tendero.Core.Chains;
using Tendero.IntegrationTests.Support;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Storage;

/// <summary>
/// A fresh database of the given kind per test with the chain stores on a fake clock, María as a person, and helpers
/// that move a chain the way the runner does (start, claim, apply a decision) without the stepper's rules.
/// </summary>
public abstract class ChainStoreTest(string kind) : IAsyncLifetime
{
    protected const string Business = "la-fonda";
    protected const string MariaPhone = "+50760001111";
    protected const string MariaTelegram = "700100200";
    protected static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private TestDatabase? db;

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 26, 15, 0, 0, TimeSpan.Zero));

    protected IDatabase Database { get; private set; } = null!;

    protected ChainStore Chains { get; private set; } = null!;

    protected ChainQueries Queries { get; private set; } = null!;

    protected ChainSignalStore Signals { get; private set; } = null!;

    protected PeopleStore People { get; private set; } = null!;

    protected InboxStore Inbox { get; private set; } = null!;

    protected Outbox Outbox { get; private set; } = null!;

    protected static Person Maria { get; } = new("maria", "María", "es", null,
        new Dictionary<ChannelKind, string> { [ChannelKind.WhatsApp] = MariaPhone, [ChannelKind.Telegram] = MariaTelegram });

    public async Task InitializeAsync()
    {
        db = await TestDatabase.CreateAsync(kind);
        Database = await db.OpenAsync();
        (Chains, Queries, Signals) = (new ChainStore(Database, Time), new ChainQueries(Database, Time), new ChainSignalStore(Database, Time));
        (People, Inbox, Outbox) = (new PeopleStore(Database, Time), new InboxStore(Database, Time), new Outbox(Database, Time));
        await People.UpsertAsync(Business, Maria, "config", default);
    }

    // InitializeAsync stops early when PostgreSQL is skipped, so either may be missing.
    public async Task DisposeAsync()
    {
        if (Database is not null)
        {
            await Database.DisposeAsync();
        }
        if (db is not null)
        {
            await db.DisposeAsync();
        }
    }

    /// <summary>WhatsApp, two hours for a read, then Telegram: the head of La Fonda's stock-alert.</summary>
    protected static string Plan { get; } = ChainPlanJson.Freeze(new ChainPolicy("stock-alert",
        [new NotifyStep(ChannelKind.WhatsApp), new WaitStep(TimeSpan.FromHours(2), ChainSignal.Read), new NotifyStep(ChannelKind.Telegram)], null));

    protected async Task<long> StartAsync(string? key = null, string business = Business, bool critical = false)
    {
        var (id, created) = await Chains.StartAsync(new NewChain(business, "stock-alert", "maria", critical, "Quedan 2 kg de tomate", """{"item":"tomate"}""", Plan, key), default);
        Assert.True(created);
        return id;
    }

    protected async Task<ChainRow> ClaimAsync(long id) =>
        Assert.Single(await Chains.ClaimDueAsync(Lease, 10, default), c => c.Id == id);

    /// <summary>What the engine decides at step 0: send on WhatsApp, then wait two hours for a read.</summary>
    protected ChainDecision NotifyWhatsApp()
    {
        var ends = Time.GetUtcNow().AddHours(2);
        return new ChainDecision(1, ChainSignal.Read, ends, ends, null,
            [new ChainEventNote(0, "notify", "queued", null, ChannelKind.WhatsApp)],
            [new ChainNotify(0, new Address(ChannelKind.WhatsApp, MariaPhone), "es")]);
    }

    /// <summary>Starts a chain and runs its first step: the WhatsApp message is queued and the chain waits for a read.</summary>
    protected async Task<(long ChainId, long MessageId)> StartAndNotifyAsync()
    {
        var id = await StartAsync();
        Assert.True(await Chains.ApplyAsync(await ClaimAsync(id), NotifyWhatsApp(), default));
        var message = (await Queries.GetAsync(Business, id, default))!.Value.Events.Single(e => e.Kind == "notify").MessageId!.Value;
        return (id, message);
    }

    /// <summary>The chain's message goes out through the outbox and the provider gives it <paramref name="providerId"/>.</summary>
    protected async Task SendAsync(long messageId, string providerId)
    {
        var row = Assert.Single(await Outbox.ClaimDueAsync("test", TimeSpan.FromMinutes(1), 10, default, onlyId: messageId));
        Assert.True(await Outbox.MarkSentAsync(row, "test", providerId, default));
    }

    protected Task ReceiveAsync(ChannelKind channel, string from, string text, string kind = "text", string? providerId = null) =>
        Inbox.IngestAsync(new InboundBatch(Business,
            [new InboundMessage(channel, providerId ?? Guid.NewGuid().ToString("N"), from, null, null, kind, text, Time.GetUtcNow(), "{}")], []), default);

    protected Task ReportAsync(ChannelKind channel, string providerId, MessageStatus status) =>
        Inbox.IngestAsync(new InboundBatch(Business, [], [new StatusReport(channel, providerId, status, Time.GetUtcNow(), null, null, null)]), default);

    protected async Task<ChainRow> ChainAsync(long id) => (await Queries.GetAsync(Business, id, default))!.Value.Chain;

    protected Task<T?> ScalarAsync<T>(string sql, object? parameters = null) =>
        Database.ReadAsync(c => c.ExecuteScalarAsync<T>(new CommandDefinition(sql, parameters)), default);
}
