using Microsoft.Extensions.Time.Testing;
using Tendero.Core;
using Tendero.IntegrationTests.Support;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Storage;

/// <summary>The ledger's promises, run once per database: dedupe, fenced completion, rescue, and status ordering.</summary>
public abstract class LedgerSuite(string kind)
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 26, 15, 0, 0, TimeSpan.Zero));

    private static InboundMessage Text(string providerId, string from = "+50760001111") =>
        new(ChannelKind.WhatsApp, providerId, from, "Ana", null, "text", "Hola", new DateTimeOffset(2026, 11, 26, 14, 59, 0, TimeSpan.Zero), "{}");

    private async Task<(TestDatabase Db, IDatabase Database, InboxStore Inbox, Outbox Outbox, MessageQueries Queries)> OpenAsync()
    {
        var db = await TestDatabase.CreateAsync(kind);
        var database = await db.OpenAsync();
        return (db, database, new InboxStore(database, time), new Outbox(database, time), new MessageQueries(database));
    }

    [SkippableFact]
    public async Task Ingest_SameProviderIdTwice_StoresOnce()
    {
        var (db, database, inbox, _, queries) = await OpenAsync();
        await using var _db = db;
        await using var _d = database;
        var first = await inbox.IngestAsync(new InboundBatch("la-fonda", [Text("wamid.1")], []), default);
        var second = await inbox.IngestAsync(new InboundBatch("la-fonda", [Text("wamid.1")], []), default);
        Assert.Single(first.NewMessages);
        Assert.Empty(second.NewMessages);
        Assert.Equal(1, second.Duplicates);
        Assert.Single(await queries.ListAsync("la-fonda", 0, 10, default));
    }

    [SkippableFact]
    public async Task Ingest_SameProviderIdOtherBusiness_StoresBoth()
    {
        var (db, database, inbox, _, queries) = await OpenAsync();
        await using var _db = db;
        await using var _d = database;
        await inbox.IngestAsync(new InboundBatch("la-fonda", [Text("1:42")], []), default);
        await inbox.IngestAsync(new InboundBatch("el-otro", [Text("1:42")], []), default);
        Assert.Single(await queries.ListAsync("el-otro", 0, 10, default));
    }

    [SkippableFact]
    public async Task ClaimDue_ConcurrentClaimers_EachRowClaimedOnce()
    {
        var (db, database, _, outbox, _) = await OpenAsync();
        await using var _db = db;
        await using var _d = database;
        for (var i = 0; i < 40; i++)
        {
            await outbox.EnqueueAsync("la-fonda", Address.Parse("sms:+50760001111"), $"m{i}", default);
        }
        var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(n => outbox.ClaimDueAsync($"node{n}", TimeSpan.FromMinutes(1), 15, default)));
        var ids = claims.SelectMany(c => c.Select(r => r.Id)).ToList();
        Assert.Equal(40, ids.Count);
        Assert.Equal(40, ids.Distinct().Count());
    }

    [SkippableFact]
    public async Task ClaimDue_RowNotYetDue_IsNotClaimed()
    {
        var (db, database, _, outbox, _) = await OpenAsync();
        await using var _db = db;
        await using var _d = database;
        await outbox.EnqueueAsync("la-fonda", Address.Parse("sms:+50760001111"), "hola", default);
        var row = Assert.Single(await outbox.ClaimDueAsync("a", TimeSpan.FromMinutes(1), 10, default));
        await outbox.ScheduleRetryAsync(row, "a", time.GetUtcNow().AddSeconds(30), "500", "busy", false, default);
        Assert.Empty(await outbox.ClaimDueAsync("a", TimeSpan.FromMinutes(1), 10, default));
        time.Advance(TimeSpan.FromSeconds(30));
        Assert.Single(await outbox.ClaimDueAsync("a", TimeSpan.FromMinutes(1), 10, default));
    }

    [SkippableFact]
    public async Task MarkSent_AfterLeaseRescued_IsFencedOut()
    {
        var (db, database, _, outbox, queries) = await OpenAsync();
        await using var _db = db;
        await using var _d = database;
        var id = await outbox.EnqueueAsync("la-fonda", Address.Parse("sms:+50760001111"), "hola", default);
        var slow = Assert.Single(await outbox.ClaimDueAsync("slow", TimeSpan.FromSeconds(30), 10, default));
        time.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(1, await outbox.RescueExpiredAsync(default));
        var fast = Assert.Single(await outbox.ClaimDueAsync("fast", TimeSpan.FromSeconds(30), 10, default));

        Assert.False(await outbox.MarkSentAsync(slow, "slow", "SM-slow", default));
        Assert.True(await outbox.MarkSentAsync(fast, "fast", "SM-fast", default));
        var row = await queries.GetAsync(id, default);
        Assert.Equal(("sent", "SM-fast", 2L), (row!.Status, row.ProviderId, row.Attempts));
    }

    [SkippableFact]
    public async Task ScheduleRetry_Throttled_GivesTheAttemptBack()
    {
        var (db, database, _, outbox, queries) = await OpenAsync();
        await using var _db = db;
        await using var _d = database;
        var id = await outbox.EnqueueAsync("la-fonda", Address.Parse("telegram:42"), "hola", default);
        var row = Assert.Single(await outbox.ClaimDueAsync("a", TimeSpan.FromMinutes(1), 10, default));
        await outbox.ScheduleRetryAsync(row, "a", time.GetUtcNow().AddSeconds(3), "429", "retry after 3", giveAttemptBack: true, default);
        var stored = await queries.GetAsync(id, default);
        Assert.Equal(("queued", 0L, "429"), (stored!.Status, stored.Attempts, stored.ErrorCode));
        Assert.Equal(time.GetUtcNow().AddSeconds(3).ToUnixTimeMilliseconds(), stored.RunAt);
    }

    [SkippableFact]
    public async Task StatusReport_ArrivingBeforeSendIsRecorded_IsAppliedOnMarkSent()
    {
        var (db, database, inbox, outbox, queries) = await OpenAsync();
        await using var _db = db;
        await using var _d = database;
        var id = await outbox.EnqueueAsync("la-fonda", Address.Parse("sms:+50760001111"), "hola", default);
        var row = Assert.Single(await outbox.ClaimDueAsync("a", TimeSpan.FromMinutes(1), 10, default));
        var delivered = new StatusReport(ChannelKind.Sms, "SM1", MessageStatus.Delivered, time.GetUtcNow(), null, null, null);
        await inbox.IngestAsync(new InboundBatch("la-fonda", [], [delivered]), default);
        Assert.True(await outbox.MarkSentAsync(row, "a", "SM1", default));
        Assert.Equal("delivered", (await queries.GetAsync(id, default))!.Status);
    }

    [SkippableFact]
    public async Task StatusReports_OutOfOrderAndRepeated_NeverMoveBackwards()
    {
        var (db, database, inbox, outbox, queries) = await OpenAsync();
        await using var _db = db;
        await using var _d = database;
        var id = await outbox.EnqueueAsync("la-fonda", Address.Parse("whatsapp:+50760001111"), "hola", default);
        var row = Assert.Single(await outbox.ClaimDueAsync("a", TimeSpan.FromMinutes(1), 10, default));
        await outbox.MarkSentAsync(row, "a", "wamid.X", default);
        StatusReport Report(MessageStatus s) => new(ChannelKind.WhatsApp, "wamid.X", s, time.GetUtcNow(), null, null, null);
        await inbox.IngestAsync(new InboundBatch("la-fonda", [], [Report(MessageStatus.Read)]), default);
        var late = await inbox.IngestAsync(new InboundBatch("la-fonda", [], [Report(MessageStatus.Delivered), Report(MessageStatus.Read)]), default);
        var stored = await queries.GetAsync(id, default);
        Assert.Equal("read", stored!.Status);
        Assert.NotNull(stored.DeliveredAt);
        Assert.Equal(1, late.Duplicates);
    }

    [SkippableFact]
    public async Task StatusReport_FailedByBizOpaqueId_RecordsCodeAndReason()
    {
        var (db, database, inbox, outbox, queries) = await OpenAsync();
        await using var _db = db;
        await using var _d = database;
        var id = await outbox.EnqueueAsync("la-fonda", Address.Parse("whatsapp:+50760001111"), "hola", default);
        var row = Assert.Single(await outbox.ClaimDueAsync("a", TimeSpan.FromMinutes(1), 10, default));
        await outbox.MarkSentAsync(row, "a", "wamid.Y", default);
        var failed = new StatusReport(ChannelKind.WhatsApp, "wamid.other", MessageStatus.Failed, time.GetUtcNow(), "131047", "Re-engagement message", id);
        await inbox.IngestAsync(new InboundBatch("la-fonda", [], [failed]), default);
        var stored = await queries.GetAsync(id, default);
        Assert.Equal(("failed", "131047", "Re-engagement message"), (stored!.Status, stored.ErrorCode, stored.ErrorReason));
    }

    [SkippableFact]
    public async Task ReleaseOtherLeases_AfterCrash_RequeuesThem()
    {
        var (db, database, _, outbox, queries) = await OpenAsync();
        await using var _db = db;
        await using var _d = database;
        var id = await outbox.EnqueueAsync("la-fonda", Address.Parse("sms:+50760001111"), "hola", default);
        await outbox.ClaimDueAsync("old-boot", TimeSpan.FromMinutes(5), 10, default);
        Assert.Equal(1, await outbox.ReleaseOtherLeasesAsync("new-boot", default));
        Assert.Equal("queued", (await queries.GetAsync(id, default))!.Status);
        Assert.Single(await outbox.ClaimDueAsync("new-boot", TimeSpan.FromMinutes(5), 10, default));
    }

    [SkippableFact]
    public async Task Migrate_RunTwice_IsHarmless()
    {
        var (db, database, _, _, _) = await OpenAsync();
        await using var _db = db;
        await using var _d = database;
        await Migrator.MigrateAsync(database, default);
        var count = await database.ReadAsync(c => Dapper.SqlMapper.ExecuteScalarAsync<long>(c, "SELECT COUNT(*) FROM schema_migrations"), default);
        var distinct = await database.ReadAsync(c => Dapper.SqlMapper.ExecuteScalarAsync<long>(c, "SELECT COUNT(DISTINCT version) FROM schema_migrations"), default);
        Assert.Equal(distinct, count);
        Assert.True(count >= 2, "both migrations ran");
    }
}

public sealed class SqliteLedgerTests() : LedgerSuite("sqlite");

public sealed class PostgresLedgerTests() : LedgerSuite("postgres");
