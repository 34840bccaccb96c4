using Microsoft.Extensions.Time.Testing;
using Tendero.Core;
using Tendero.Core.Chains;
using Tendero.IntegrationTests.Support;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Storage;

/// <summary>
/// Chains and the dispatcher's orphan claim, run once per database. PostgreSQL reads an INTEGER column as a 32-bit
/// number and takes a list parameter as one array, where SQLite gives 64-bit numbers and Dapper expands the list.
/// </summary>
public abstract class ChainRowsSuite(string kind) : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 26, 15, 0, 0, TimeSpan.Zero));
    private TestDatabase? db;
    private IDatabase? database;

    private IDatabase Database => database!;

    public async Task InitializeAsync()
    {
        db = await TestDatabase.CreateAsync(kind);
        database = await db.OpenAsync();
    }

    // InitializeAsync stops early when PostgreSQL is skipped, so either may be missing.
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

    [SkippableFact]
    public async Task ClaimDueAsync_NewCriticalChain_ReturnsItsRow()
    {
        var chains = new ChainStore(Database, time);
        var (id, _) = await chains.StartAsync(NewChain(), default);

        var row = Assert.Single(await chains.ClaimDueAsync(TimeSpan.FromSeconds(30), 10, default));

        Assert.Equal((id, 0L, true), (row.Id, row.Step, row.IsCritical));
    }

    [SkippableFact]
    public async Task ClaimDueAsync_NothingDue_ReturnsNothing()
    {
        // Dapper reads the column types of an empty result too: a cast column must not look like a blob there.
        Assert.Empty(await new ChainStore(Database, time).ClaimDueAsync(TimeSpan.FromSeconds(30), 10, default));
        Assert.Empty(await new ChainQueries(Database, time).ListAsync("la-fonda", "active", 0, 10, default));
    }

    [SkippableFact]
    public async Task GetAsync_AfterANotifyStep_ReturnsTheChainWithItsHistory()
    {
        var chains = new ChainStore(Database, time);
        var (id, _) = await chains.StartAsync(NewChain(), default);
        var row = Assert.Single(await chains.ClaimDueAsync(TimeSpan.FromSeconds(30), 10, default));
        var notify = new ChainEventNote(0, "notify", "queued", null, ChannelKind.Telegram);
        Assert.True(await chains.ApplyAsync(row, new ChainDecision(1, null, null, time.GetUtcNow(), null, [notify],
            [new ChainNotify(0, Address.Parse("telegram:42"), "es")]), default));

        var (chain, events) = (await new ChainQueries(Database, time).GetAsync("la-fonda", id, default))!.Value;

        Assert.Equal(1L, chain.Step);
        Assert.Equal((0L, "notify", "telegram"), (Assert.Single(events).Step, events[0].Kind, events[0].Channel));
    }

    [SkippableFact]
    public async Task ClaimDueAsync_NotInLanes_TakesOnlyRowsOfOtherLanes()
    {
        var outbox = new Outbox(Database, time);
        await outbox.EnqueueAsync("la-fonda", Address.Parse("telegram:1"), "served", default);
        var orphan = await outbox.EnqueueAsync("gone", Address.Parse("telegram:2"), "orphan", default);

        var rows = await outbox.ClaimDueAsync("test", TimeSpan.FromSeconds(30), 10, default, notInLanes: ["la-fonda/telegram", ""]);

        Assert.Equal(orphan, Assert.Single(rows).Id);
    }

    private static NewChain NewChain() => new("la-fonda", "p", "maria", true, "Se acabó el gas", null,
        ChainPlanJson.Freeze(new ChainPolicy("p", [new NotifyStep(ChannelKind.Telegram)], null)), null);
}

public sealed class SqliteChainRowsTests() : ChainRowsSuite("sqlite");

public sealed class PostgresChainRowsTests() : ChainRowsSuite("postgres");
