using Tendero.Config;
using Tendero.Core;
using Tendero.Storage;

namespace Tendero.Delivery;

// One lane's round, and one message's send: the rules between claiming a row and completing it.
public sealed partial class Dispatcher
{
    /// <summary>What a lane's round did: rows claimed, sends started, and how long to wait before the next round
    /// (null: until the lane's next due row).</summary>
    private sealed record Round(int Claimed, IReadOnlyList<Task> Sends, TimeSpan? Wait);

    private async Task<Round> RoundAsync(Lane lane, CancellationToken ct)
    {
        var tokens = lane.Bucket.Available;
        if (tokens < 1)
        {
            return new Round(0, [], lane.Bucket.NextTokenIn);
        }
        var room = inFlight.CurrentCount;
        if (room < 1)
        {
            // Every sender is busy; a finished send wakes the lanes.
            return new Round(0, [], settings.IdlePoll);
        }
        var want = Math.Min(Math.Min(tokens, room), settings.BatchSize);
        var rows = await outbox.ClaimDueAsync(owner, settings.Lease, want, ct, lane: lane.Name);
        var sends = new List<Task>();
        var later = new List<(ClaimedRow Row, DateTimeOffset At)>();
        foreach (var row in rows)
        {
            // Pacing first, before any database work: a row that must wait costs nothing but its share of one write.
            if (Pace(lane, row) is { } at)
            {
                later.Add((row, at));
                continue;
            }
            sends.Add(await DispatchAsync(row, lane, ct));
        }
        if (later.Count > 0)
        {
            await outbox.DeferAsync(later, owner, ct);
        }
        // A full claim means more is probably due: come back when the bucket has a token again.
        TimeSpan? wait = rows.Count == want ? (want == tokens ? lane.Bucket.NextTokenIn : TimeSpan.Zero) : null;
        return new Round(rows.Count, sends, wait);
    }

    /// <summary>Null when the row may go now (its recipient is free and the lane has a token), else when to try it again.</summary>
    private DateTimeOffset? Pace(Lane lane, ClaimedRow row)
    {
        var now = time.GetUtcNow();
        if (lane.Bucket.Available < 1)
        {
            return now + lane.Bucket.NextTokenIn;
        }
        return lane.SlotFor(row.Id, row.Address);
    }

    /// <summary>Applies the provider rules and pacing to one claimed row and starts its send. Returns the send.</summary>
    private async Task<Task> DispatchAsync(ClaimedRow row, Lane? lane, CancellationToken ct)
    {
        var channel = ChannelNames.Parse(row.Channel);
        if (businesses.Find(row.BusinessId) is not { } business || !byKind.TryGetValue(channel, out var sender) || !sender.IsConfigured(business))
        {
            await FailAsync(row, "config", $"the business '{row.BusinessId}' has no {row.Channel} channel configured", null, ct);
            return Task.CompletedTask;
        }
        if (row.Attempts > settings.MaxAttempts)
        {
            await FailAsync(row, "attempts", $"gave up after {settings.MaxAttempts} attempts", null, ct);
            return Task.CompletedTask;
        }
        var plan = await preparer.PrepareAsync(business, row, ct);
        if (plan is SendPlan.Impossible impossible)
        {
            metrics?.Send(row.Channel, "refused");
            await FailAsync(row, impossible.Code, impossible.Reason, impossible.Record, ct);
            return Task.CompletedTask;
        }
        var ready = (SendPlan.Ready)plan;
        // Pace checked that a token is there; this lane's loop is the bucket's only taker, so the take succeeds
        // (an SMS of several segments goes into debt, which later sends repay).
        lane?.Bucket.TryTake(ready.Units, out _);
        await inFlight.WaitAsync(ct);
        return SendAndReleaseAsync(row, business, sender, ready, lane, ct);
    }

    private async Task SendAndReleaseAsync(ClaimedRow row, BusinessConfig business, Channels.IChannel sender, SendPlan.Ready plan, Lane? lane, CancellationToken ct)
    {
        try
        {
            var result = await SendWithTimeoutAsync(sender, business, plan.Message, ct);
            metrics?.Send(row.Channel, result switch { SendResult.Sent => "sent", SendResult.Rejected => "rejected", _ => "retry" });
            lane?.Sent(row.Address);
            var completed = result switch
            {
                SendResult.Sent sent => await outbox.MarkSentAsync(row, owner, sent.ProviderId, ct, plan.Record),
                SendResult.Rejected rejected => await FailAsync(row, rejected.Code, rejected.Reason, plan.Record, ct),
                SendResult.Retry retry => await RetryAsync(row, retry, plan.Record, ct),
                _ => throw new InvalidOperationException($"Unknown send result {result}"),
            };
            if (!completed)
            {
                Log.LeaseLost(log, row.Id);
            }
        }
        finally
        {
            // When every sender was busy the lanes stopped claiming; tell them there is room again.
            if (inFlight.Release() == 0)
            {
                signals.Outbound.Wake();
            }
        }
    }

    private async Task<bool> FailAsync(ClaimedRow row, string code, string reason, SendRecord? record, CancellationToken ct)
    {
        var failed = await outbox.MarkFailedAsync(row, owner, code, reason, ct, record);
        if (failed && row.ChainId is not null)
        {
            signals.Chains.Wake();
        }
        return failed;
    }

    private async Task<SendResult> SendWithTimeoutAsync(Channels.IChannel sender, BusinessConfig business, OutboundMessage message, CancellationToken ct)
    {
        using var timeout = new CancellationTokenSource(sendTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            return await sender.SendAsync(business, message, linked.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new SendResult.Retry("timeout", $"no answer from the provider within {sendTimeout.TotalSeconds:0} s");
        }
    }

    private async Task<bool> RetryAsync(ClaimedRow row, SendResult.Retry retry, SendRecord record, CancellationToken ct)
    {
        if (!retry.Throttled && row.Attempts >= settings.MaxAttempts)
        {
            return await FailAsync(row, retry.Code, $"gave up after {row.Attempts} attempts: {retry.Reason}", record, ct);
        }
        // A provider's own wait (retry_after) is honoured exactly; our backoff only applies when it gave none, or is longer.
        var backoff = Backoff.For((int)row.Attempts, settings.BaseBackoff, settings.MaxBackoff, Random.Shared.NextDouble());
        var wait = retry.After is { } after && (retry.Throttled || after > backoff) ? after : backoff;
        Log.Retrying(log, row.Id, retry.Code, wait.TotalMilliseconds);
        return await outbox.ScheduleRetryAsync(row, owner, time.GetUtcNow() + wait, retry.Code, retry.Reason, retry.Throttled, ct);
    }
}
