using Tendero.Core;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Storage;

/// <summary>Dead letters, run once per database: failed outbound rows stay listed with their reason and can be queued again.</summary>
public abstract class DeadLettersSuite(string kind) : DeadStoreTest(kind)
{
    [SkippableFact]
    public async Task ListAsync_MixedRows_OnlyFailedOutboundOldestFirstWithReason()
    {
        var first = await FailAsync("la-fonda", "sms:+50720001111", "21614", "landline");
        await SentAsync("la-fonda", "telegram:42");
        await Outbox.EnqueueAsync("la-fonda", Address.Parse("telegram:43"), "still queued", default);
        var second = await FailAsync("la-fonda", "whatsapp:+50760009999", "131047", "window closed");

        var rows = await Dead.ListAsync("la-fonda", 0, 10, default);

        Assert.Equal([first, second], rows.Select(r => r.Id));
        var row = rows[0];
        Assert.Equal(("sms", "+50720001111", "text", "hola", "21614", "landline", 1L), (row.Channel, row.Address, row.Kind, row.Text, row.ErrorCode, row.ErrorReason, row.Attempts));
        Assert.Equal(Time.GetUtcNow().ToUnixTimeMilliseconds(), row.FailedAt);
    }

    [SkippableFact]
    public async Task ListAsync_AfterAndLimit_PagesOldestFirst()
    {
        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await FailAsync("la-fonda", $"telegram:{100 + i}", "403", "blocked"));
        }
        var page1 = await Dead.ListAsync("la-fonda", 0, 2, default);
        var page2 = await Dead.ListAsync("la-fonda", page1[^1].Id, 2, default);
        var page3 = await Dead.ListAsync("la-fonda", page2[^1].Id, 2, default);
        Assert.Equal(ids, page1.Concat(page2).Concat(page3).Select(r => r.Id));
        Assert.Single(page3);
    }

    [SkippableFact]
    public async Task ListAsync_BusinessFilter_OnlyThatBusinessAndNullListsAll()
    {
        await FailAsync("la-fonda", "telegram:1", "403", "blocked");
        await FailAsync("el-otro", "telegram:2", "403", "blocked");
        Assert.Equal(["la-fonda"], (await Dead.ListAsync("la-fonda", 0, 10, default)).Select(r => r.BusinessId));
        Assert.Equal(2, (await Dead.ListAsync(null, 0, 10, default)).Count);
    }

    [SkippableFact]
    public async Task CountsAsync_SeveralBusinessesAndChannels_CountsEachCell()
    {
        await FailAsync("la-fonda", "telegram:1", "403", "blocked");
        await FailAsync("la-fonda", "telegram:2", "403", "blocked");
        await FailAsync("la-fonda", "sms:+50720001111", "21614", "landline");
        await FailAsync("el-otro", "telegram:3", "403", "blocked");
        await SentAsync("la-fonda", "telegram:4");
        var counts = (await Dead.CountsAsync(default)).Select(c => (c.BusinessId, c.Channel, c.Count));
        Assert.Equal([("el-otro", "telegram", 1L), ("la-fonda", "sms", 1L), ("la-fonda", "telegram", 2L)], counts);
    }

    [SkippableFact]
    public async Task RecentAsync_ManyFailures_NewestFirstUpToLimit()
    {
        var ids = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await FailAsync("la-fonda", $"telegram:{i}", "403", "blocked"));
            Time.Advance(TimeSpan.FromMinutes(1));
        }
        var recent = await Dead.RecentAsync(2, default);
        Assert.Equal([ids[2], ids[1]], recent.Select(r => r.Id));
        Assert.Equal("blocked", recent[0].ErrorReason);
    }

    [SkippableFact]
    public async Task RetryAsync_FailedRow_QueuedDueNowWithAttemptsResetAndReasonKept()
    {
        var id = await FailAsync("la-fonda", "sms:+50720001111", "21614", "landline");
        Time.Advance(TimeSpan.FromMinutes(5));

        Assert.IsType<RetryOutcome.Retried>(await Dead.RetryAsync("la-fonda", id, default));

        var row = (await Queries.GetAsync(id, default))!;
        Assert.Equal(("queued", 0L, "21614", "landline", null), (row.Status, row.Attempts, row.ErrorCode, row.ErrorReason, row.FailedAt));
        Assert.Equal(Time.GetUtcNow().ToUnixTimeMilliseconds(), row.RunAt);
        Assert.Empty(await Dead.ListAsync("la-fonda", 0, 10, default));
        var claimed = Assert.Single(await Outbox.ClaimDueAsync("b", TimeSpan.FromMinutes(1), 10, default));
        Assert.Equal((id, 1L), (claimed.Id, claimed.Attempts));
    }

    [SkippableFact]
    public async Task RetryAsync_SentRow_NotFailedAndLeftAlone()
    {
        var id = await SentAsync("la-fonda", "telegram:42");
        var outcome = await Dead.RetryAsync("la-fonda", id, default);
        Assert.Equal(new RetryOutcome.NotFailed("sent"), outcome);
        Assert.Equal("sent", (await Queries.GetAsync(id, default))!.Status);
    }

    [SkippableFact]
    public async Task RetryAsync_UnknownIdOrOtherBusiness_NotFound()
    {
        var id = await FailAsync("la-fonda", "telegram:1", "403", "blocked");
        Assert.IsType<RetryOutcome.NotFound>(await Dead.RetryAsync("la-fonda", id + 100, default));
        Assert.IsType<RetryOutcome.NotFound>(await Dead.RetryAsync("el-otro", id, default));
        Assert.Equal("failed", (await Queries.GetAsync(id, default))!.Status);
        Assert.IsType<RetryOutcome.Retried>(await Dead.RetryAsync(null, id, default));
    }

    [SkippableFact]
    public async Task RetryAllAsync_Business_RetriesOnlyThatBusinessAndReturnsCount()
    {
        await FailAsync("la-fonda", "telegram:1", "403", "blocked");
        await FailAsync("la-fonda", "telegram:2", "403", "blocked");
        await FailAsync("el-otro", "telegram:3", "403", "blocked");
        Assert.Equal(2, await Dead.RetryAllAsync("la-fonda", default));
        Assert.Equal(["el-otro"], (await Dead.ListAsync(null, 0, 10, default)).Select(r => r.BusinessId));
        Assert.Equal(1, await Dead.RetryAllAsync(null, default));
        Assert.Equal(0, await Dead.RetryAllAsync(null, default));
    }
}

public sealed class SqliteDeadLettersTests() : DeadLettersSuite("sqlite");

public sealed class PostgresDeadLettersTests() : DeadLettersSuite("postgres");
