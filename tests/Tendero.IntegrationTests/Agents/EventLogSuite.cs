using Dapper;
using Microsoft.Extensions.Time.Testing;
using Tendero.Agents;
using Tendero.Core;
using Tendero.IntegrationTests.Support;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Agents;

/// <summary>The agents' ledger, run once per database: fan-out, dedupe, one conversation at a time, fenced completion, retries.</summary>
public abstract class EventLogSuite(string kind) : IAsyncLifetime
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private TestDatabase? db;
    private IDatabase database = null!;
    private EventLog log = null!;
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 26, 15, 0, 0, TimeSpan.Zero));

    public async Task InitializeAsync()
    {
        db = await TestDatabase.CreateAsync(kind);
        database = await db.OpenAsync();
        log = new EventLog(database, time);
    }

    public async Task DisposeAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }
        if (db is not null)
        {
            await db.DisposeAsync();
        }
    }

    private static NewEvent Received(string key, string? dedupe = null) =>
        new("la-fonda", Topics.MessageReceived, key, """{"n":1}""", dedupe);

    [SkippableFact]
    public async Task PublishAsync_CreatesWorkForEachSubscriberOnce_AndARepeatedDedupeKeyIsANoOp()
    {
        Assert.True(await log.PublishAsync(Received("la-fonda/whatsapp/+1", "received:1"), default));
        Assert.False(await log.PublishAsync(Received("la-fonda/whatsapp/+1", "received:1"), default));
        Assert.True(await log.PublishAsync(new NewEvent("la-fonda", Topics.IntentDetected, "k", "{}", null), default));

        var work = await database.ReadAsync(async c => (await c.QueryAsync<(string, string)>(
            "SELECT w.agent, e.topic FROM agent_work w JOIN events e ON e.id = w.event_id ORDER BY w.id")).ToList(), default);

        Assert.Equal([("parser", Topics.MessageReceived), ("conversation", Topics.IntentDetected)], work);
    }

    [SkippableFact]
    public async Task ClaimAsync_TakesOnlyTheOldestOpenWorkOfEachConversation()
    {
        await log.PublishAsync(Received("a"), default);
        await log.PublishAsync(Received("a"), default);
        await log.PublishAsync(Received("b"), default);

        var first = await log.ClaimAsync("parser", "node-1", Lease, 10, default);
        Assert.Equal(["a", "b"], first.Select(w => w.Event.OrderKey));
        Assert.Empty(await log.ClaimAsync("parser", "node-2", Lease, 10, default)); // a's second waits for a's first

        Assert.True(await log.CompleteAsync(first[0], "node-1", AgentOutcome.Nothing, default));
        var second = Assert.Single(await log.ClaimAsync("parser", "node-2", Lease, 10, default));
        Assert.Equal(("a", first[0].Event.Id + 1), (second.Event.OrderKey, second.Event.Id));
    }

    [SkippableFact]
    public async Task CompleteAsync_AfterTheLeaseWasTakenOver_AppliesNothing()
    {
        await log.PublishAsync(Received("a"), default);
        var stale = Assert.Single(await log.ClaimAsync("parser", "node-1", Lease, 10, default));
        time.Advance(Lease + TimeSpan.FromSeconds(1));
        var fresh = Assert.Single(await log.ClaimAsync("parser", "node-2", Lease, 10, default));
        var outcome = new AgentOutcome
        {
            Events = [new NewEvent("la-fonda", Topics.IntentDetected, "a", "{}", "intent:1")],
            Messages = [new OutboundRequest("la-fonda", new Address(ChannelKind.WhatsApp, "+1"), "hola") { IdempotencyKey = "conv:1" }],
        };

        Assert.False(await log.CompleteAsync(stale, "node-1", outcome, default));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM events WHERE topic = 'intent.detected'"));
        Assert.True(await log.CompleteAsync(fresh, "node-2", outcome, default));

        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM events WHERE topic = 'intent.detected'"));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM messages WHERE direction = 'out' AND text = 'hola'"));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM agent_work WHERE agent = 'parser' AND state = 'done' AND done_by = 'node-2'"));
    }

    [SkippableFact]
    public async Task CompleteAsync_WriteThatConflicts_RollsBackTheWholeOutcome()
    {
        await log.PublishAsync(Received("a"), default);
        var work = Assert.Single(await log.ClaimAsync("parser", "node-1", Lease, 10, default));
        var outcome = new AgentOutcome
        {
            Events = [new NewEvent("la-fonda", Topics.IntentDetected, "a", "{}", "intent:1")],
            Write = (_, _, _) => throw new AgentConflictException("changed meanwhile"),
        };

        await Assert.ThrowsAsync<AgentConflictException>(() => log.CompleteAsync(work, "node-1", outcome, default));

        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM events WHERE topic = 'intent.detected'"));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM agent_work WHERE state = 'done'"));
    }

    [SkippableFact]
    public async Task FailAsync_RetriesLater_AndDeadWorkNoLongerHoldsItsConversation()
    {
        await log.PublishAsync(Received("a"), default);
        await log.PublishAsync(Received("a"), default);
        var work = Assert.Single(await log.ClaimAsync("parser", "node-1", Lease, 10, default));

        Assert.True(await log.FailAsync(work, "node-1", "boom", time.GetUtcNow().AddSeconds(5), dead: false, default));
        Assert.Empty(await log.ClaimAsync("parser", "node-1", Lease, 10, default));
        Assert.Equal(time.GetUtcNow().AddSeconds(5), await log.NextDueAsync("parser", default));

        time.Advance(TimeSpan.FromSeconds(5));
        var again = Assert.Single(await log.ClaimAsync("parser", "node-1", Lease, 10, default));
        Assert.Equal((work.Id, 2L), (again.Id, again.Attempts));
        Assert.True(await log.FailAsync(again, "node-1", "boom again", time.GetUtcNow(), dead: true, default));

        var next = Assert.Single(await log.ClaimAsync("parser", "node-1", Lease, 10, default));
        Assert.NotEqual(work.Id, next.Id);
        Assert.Contains(await log.CountsAsync(default), c => c is { Agent: "parser", State: "dead", Count: 1 });
    }

    private Task<long> CountAsync(string sql) =>
        database.ReadAsync(c => c.ExecuteScalarAsync<long>(sql), default);
}

public sealed class SqliteEventLogTests() : EventLogSuite("sqlite");

public sealed class PostgresEventLogTests() : EventLogSuite("postgres");
