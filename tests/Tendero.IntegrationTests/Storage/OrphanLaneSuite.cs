using Microsoft.Extensions.Time.Testing;
using Tendero.Core;
using Tendero.IntegrationTests.Support;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Storage;

/// <summary>
/// The dispatcher's housekeeping claim, run once per database: rows of lanes no dispatcher serves (a business file or
/// channel that was removed) are taken, and rows of served lanes are left to their own lane.
/// </summary>
public abstract class OrphanLaneSuite(string kind)
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 26, 15, 0, 0, TimeSpan.Zero));

    [SkippableFact]
    public async Task ClaimDueAsync_NotInLanes_TakesOnlyRowsOfUnservedLanes()
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var database = await db.OpenAsync();
        var outbox = new Outbox(database, time);
        await outbox.EnqueueAsync("la-fonda", Address.Parse("telegram:1"), "served", default);
        var orphan = await outbox.EnqueueAsync("cerrado", Address.Parse("telegram:2"), "business gone", default);

        var rows = await outbox.ClaimDueAsync("housekeeping", TimeSpan.FromMinutes(1), 10, default, notInLanes: ["la-fonda/telegram", ""]);

        Assert.Equal([orphan], rows.Select(r => r.Id));
    }

    [SkippableFact]
    public async Task ClaimDueAsync_NoLaneServed_TakesEveryDueRow()
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var database = await db.OpenAsync();
        var outbox = new Outbox(database, time);
        await outbox.EnqueueAsync("la-fonda", Address.Parse("telegram:1"), "hola", default);

        Assert.Single(await outbox.ClaimDueAsync("housekeeping", TimeSpan.FromMinutes(1), 10, default, notInLanes: []));
    }
}

public sealed class SqliteOrphanLaneTests() : OrphanLaneSuite("sqlite");

public sealed class PostgresOrphanLaneTests() : OrphanLaneSuite("postgres");
