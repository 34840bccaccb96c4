using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tendero.Channels;
using Tendero.Config;
using Tendero.Core;
using Tendero.Hosting;
using Tendero.Storage;

namespace Tendero.Delivery;

/// <summary>
/// Takes due rows from the outbound ledger and hands them to their channel. Claim, send and complete are three
/// steps: the provider is called outside any transaction, and the completion is fenced by the lease, so a row that
/// was rescued while we were slow is never completed twice.
/// </summary>
public sealed partial class Dispatcher(
    Outbox outbox, Businesses businesses, IEnumerable<IChannel> channels, WorkSignals signals,
    IOptions<DispatcherOptions> options, IOptions<ServerOptions> server, TimeProvider time, ILogger<Dispatcher> log) : BackgroundService
{
    private readonly DispatcherOptions settings = options.Value;
    private readonly string owner = server.Value.NodeId;
    // A send must end well inside its lease, or a rescue could hand the row to another sender while it is still in flight.
    private readonly TimeSpan sendTimeout = TimeSpan.FromTicks(Math.Min(server.Value.SendTimeout.Ticks, options.Value.Lease.Ticks / 2));
    private readonly Dictionary<ChannelKind, IChannel> byKind = channels.ToDictionary(c => c.Kind);

    public string Owner => owner;

    /// <summary>One round: rescue expired leases, claim what is due, send it all. Returns how many rows it handled.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct, long? onlyId = null)
    {
        await outbox.RescueExpiredAsync(ct);
        var rows = await outbox.ClaimDueAsync(owner, settings.Lease, settings.BatchSize, ct, onlyId);
        await Parallel.ForEachAsync(rows, new ParallelOptions { MaxDegreeOfParallelism = settings.MaxConcurrency, CancellationToken = ct },
            async (row, token) => await SendOneAsync(row, token));
        return rows.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Log.Started(log, owner);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RunOnceAsync(stoppingToken) > 0)
                {
                    continue;
                }
                var next = await outbox.NextDueAsync(stoppingToken);
                var sleep = next is null ? settings.IdlePoll : next.Value - time.GetUtcNow();
                await signals.Outbound.WaitAsync(sleep < settings.IdlePoll ? sleep : settings.IdlePoll, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                Log.RoundFailed(log, e);
                await Task.Delay(settings.IdlePoll, time, stoppingToken);
            }
        }
    }

    private async Task SendOneAsync(ClaimedRow row, CancellationToken ct)
    {
        var channel = ChannelNames.Parse(row.Channel);
        if (businesses.Find(row.BusinessId) is not { } business || !byKind.TryGetValue(channel, out var sender) || !sender.IsConfigured(business))
        {
            await outbox.MarkFailedAsync(row, owner, "config", $"the business '{row.BusinessId}' has no {row.Channel} channel configured", ct);
            return;
        }
        if (row.Attempts > settings.MaxAttempts)
        {
            await outbox.MarkFailedAsync(row, owner, "attempts", $"gave up after {settings.MaxAttempts} attempts", ct);
            return;
        }
        var message = new OutboundMessage(row.Id, row.BusinessId, new Address(channel, row.Address), row.Text ?? "", (int)row.Attempts);
        var result = await SendWithTimeoutAsync(sender, business, message, ct);
        var completed = result switch
        {
            SendResult.Sent sent => await outbox.MarkSentAsync(row, owner, sent.ProviderId, ct),
            SendResult.Rejected rejected => await outbox.MarkFailedAsync(row, owner, rejected.Code, rejected.Reason, ct),
            SendResult.Retry retry => await RetryAsync(row, retry, ct),
            _ => throw new InvalidOperationException($"Unknown send result {result}"),
        };
        if (!completed)
        {
            Log.LeaseLost(log, row.Id);
        }
    }

    private async Task<SendResult> SendWithTimeoutAsync(IChannel sender, BusinessConfig business, OutboundMessage message, CancellationToken ct)
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

    private async Task<bool> RetryAsync(ClaimedRow row, SendResult.Retry retry, CancellationToken ct)
    {
        if (!retry.Throttled && row.Attempts >= settings.MaxAttempts)
        {
            return await outbox.MarkFailedAsync(row, owner, retry.Code, $"gave up after {row.Attempts} attempts: {retry.Reason}", ct);
        }
        // A provider's own wait (retry_after) is honoured exactly; our backoff only applies when it gave none, or is longer.
        var backoff = Backoff.For((int)row.Attempts, settings.BaseBackoff, settings.MaxBackoff, Random.Shared.NextDouble());
        var wait = retry.After is { } after && (retry.Throttled || after > backoff) ? after : backoff;
        Log.Retrying(log, row.Id, retry.Code, wait.TotalMilliseconds);
        return await outbox.ScheduleRetryAsync(row, owner, time.GetUtcNow() + wait, retry.Code, retry.Reason, retry.Throttled, ct);
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Dispatcher {Owner} started")]
        public static partial void Started(ILogger log, string owner);

        [LoggerMessage(2, LogLevel.Error, "A dispatch round failed; trying again shortly")]
        public static partial void RoundFailed(ILogger log, Exception error);

        [LoggerMessage(3, LogLevel.Warning, "Message {MessageId} was rescued by another dispatcher before we finished; our result was dropped")]
        public static partial void LeaseLost(ILogger log, long messageId);

        [LoggerMessage(4, LogLevel.Debug, "Message {MessageId} will be retried after {Code} in {WaitMs} ms")]
        public static partial void Retrying(ILogger log, long messageId, string code, double waitMs);
    }
}
