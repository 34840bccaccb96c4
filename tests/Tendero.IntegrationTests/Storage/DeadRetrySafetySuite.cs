using Tendero.Core;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Storage;

/// <summary>A retried dead letter is a new send: nothing left over from its earlier attempts may complete or advance it.</summary>
public abstract class DeadRetrySafetySuite(string kind) : DeadStoreTest(kind)
{
    // Attempts restart at 0 on a retry; if the lease token followed attempts, the first claim after the retry would
    // reuse the token of a stale claim by the same node, and that stale sender could complete the new attempt.
    [SkippableFact]
    public async Task MarkSent_StaleClaimFromBeforeRetry_IsFencedOut()
    {
        var id = await Outbox.EnqueueAsync("la-fonda", Address.Parse("sms:+50760001111"), "hola", default);
        var stale = Assert.Single(await Outbox.ClaimDueAsync("node", TimeSpan.FromSeconds(30), 10, default));
        Time.Advance(TimeSpan.FromSeconds(31));
        await Outbox.RescueExpiredAsync(default);
        var second = Assert.Single(await Outbox.ClaimDueAsync("node", TimeSpan.FromSeconds(30), 10, default));
        await Outbox.MarkFailedAsync(second, "node", "21614", "landline", default);
        await Dead.RetryAsync("la-fonda", id, default);
        var fresh = Assert.Single(await Outbox.ClaimDueAsync("node", TimeSpan.FromSeconds(30), 10, default));

        Assert.False(await Outbox.MarkSentAsync(stale, "node", "SM-stale", default));
        Assert.True(await Outbox.MarkSentAsync(fresh, "node", "SM-fresh", default));
        Assert.Equal("SM-fresh", (await Queries.GetAsync(id, default))!.ProviderId);
    }

    [SkippableFact]
    public async Task RetryAsync_FailedAfterSent_LateReportForOldSendDoesNotMoveIt()
    {
        var id = await SentAsync("la-fonda", "whatsapp:+50760001111", "wamid.OLD");
        var inbox = new InboxStore(Database, Time);
        StatusReport Report(MessageStatus s) => new(ChannelKind.WhatsApp, "wamid.OLD", s, Time.GetUtcNow(), "131026", "not on WhatsApp", null);
        await inbox.IngestAsync(new InboundBatch("la-fonda", [], [Report(MessageStatus.Failed)]), default);

        Assert.IsType<RetryOutcome.Retried>(await Dead.RetryAsync("la-fonda", id, default));
        await inbox.IngestAsync(new InboundBatch("la-fonda", [], [Report(MessageStatus.Delivered)]), default);

        var row = (await Queries.GetAsync(id, default))!;
        Assert.Equal(("queued", null, null, null), (row.Status, row.ProviderId, row.SentAt, row.DeliveredAt));
    }
}

public sealed class SqliteDeadRetrySafetyTests() : DeadRetrySafetySuite("sqlite");

public sealed class PostgresDeadRetrySafetyTests() : DeadRetrySafetySuite("postgres");
