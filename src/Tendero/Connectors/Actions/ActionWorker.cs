using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tendero.Config;
using Tendero.Delivery;
using Tendero.Hosting;
using Tendero.Storage;

namespace Tendero.Connectors.Actions;

/// <summary>
/// The "actions" worker: claims due calls, makes each one (webhook or SOAP) outside any transaction, and records
/// the outcome with a fenced update. Retries back off with jitter, or wait for the receiver's Retry-After.
/// </summary>
public sealed partial class ActionWorker(
    ActionCallStore store, WebhookAction webhook, SoapAction soap, Businesses businesses, WorkSignals signals, IDatabase database,
    IOptions<ActionOptions> options, IOptions<ServerOptions> server, TimeProvider time, ILogger<ActionWorker> logger) : BackgroundService
{
    private readonly ActionOptions settings = options.Value;
    private readonly string owner = server.Value.NodeId;

    /// <summary>Jitter for the backoff, in [0, 1); tests may fix it.</summary>
    public Func<double> Jitter { get; init; } = Random.Shared.NextDouble;

    /// <summary>One round. Returns how many calls it claimed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var calls = await store.ClaimDueAsync(owner, settings.Lease, settings.BatchSize, ct);
        await Parallel.ForEachAsync(calls, new ParallelOptions { MaxDegreeOfParallelism = settings.MaxConcurrency, CancellationToken = ct },
            async (call, token) => await RecordAsync(call, await CallAsync(call, token), token));
        return calls.Count;
    }

    private async Task<ActionResult> CallAsync(ActionCall call, CancellationToken ct)
    {
        var action = businesses.Find(call.BusinessId)?.Actions.FirstOrDefault(a => a.Name == call.Action);
        return action?.Target switch
        {
            WebhookTarget w => await webhook.CallAsync(call, w, ct),
            SoapTarget s => await soap.CallAsync(call, s, ct),
            _ => new ActionResult.Failed(null, $"business '{call.BusinessId}' no longer has an action named '{call.Action}'; nothing was sent"),
        };
    }

    private async Task RecordAsync(ActionCall call, ActionResult result, CancellationToken ct)
    {
        var kept = result switch
        {
            ActionResult.Done done => await store.MarkDoneAsync(call, owner, done.Status, done.Result, ct),
            ActionResult.Retry retry when call.Attempts >= settings.MaxAttempts && !retry.Throttled =>
                await FailAsync(call, retry.Status, $"gave up after {call.Attempts} attempts; the last: {retry.Reason}", ct),
            ActionResult.Retry retry => await RetryAsync(call, retry, ct),
            ActionResult.Failed failed => await FailAsync(call, failed.Status, failed.Reason, ct),
            _ => throw new InvalidOperationException($"Unknown action result {result}."),
        };
        if (!kept)
        {
            Log.LeaseLost(logger, call.Action, call.DedupeKey);
        }
        else if (result is ActionResult.Done)
        {
            Log.Done(logger, call.BusinessId, call.Action, call.DedupeKey, call.Attempts);
        }
    }

    private async Task<bool> RetryAsync(ActionCall call, ActionResult.Retry retry, CancellationToken ct)
    {
        var delay = retry.After ?? Backoff.For((int)call.Attempts, settings.BaseBackoff, settings.MaxBackoff, Jitter());
        Log.Retrying(logger, call.BusinessId, call.Action, call.DedupeKey, call.Attempts, delay, retry.Reason);
        return await store.ScheduleRetryAsync(call, owner, time.GetUtcNow() + delay, retry.Status, retry.Reason, retry.Throttled, ct);
    }

    private async Task<bool> FailAsync(ActionCall call, int? status, string reason, CancellationToken ct)
    {
        Log.Failed(logger, call.BusinessId, call.Action, call.DedupeKey, reason);
        return await store.MarkFailedAsync(call, owner, status, reason, ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database.Dialect == Dialect.Sqlite)
        {
            // One process owns a SQLite file: calls left "calling" by an earlier boot were cut off, so they go again now.
            await store.ReleaseOtherLeasesAsync(owner, stoppingToken);
        }
        await WorkLoop.RunAsync(RunOnceAsync, store.NextDueAsync, signals.Actions, settings.IdlePoll, time, e => Log.RoundFailed(logger, e), stoppingToken);
    }

    private static partial class Log
    {
        [LoggerMessage(120, LogLevel.Information, "{Business}: action {Action} done ({Delivery}, attempt {Attempt})")]
        public static partial void Done(ILogger log, string business, string action, string delivery, long attempt);

        [LoggerMessage(121, LogLevel.Warning, "{Business}: action {Action} ({Delivery}) attempt {Attempt} failed, retrying in {Delay}: {Reason}")]
        public static partial void Retrying(ILogger log, string business, string action, string delivery, long attempt, TimeSpan delay, string reason);

        [LoggerMessage(122, LogLevel.Error, "{Business}: action {Action} ({Delivery}) failed: {Reason}")]
        public static partial void Failed(ILogger log, string business, string action, string delivery, string reason);

        [LoggerMessage(123, LogLevel.Warning, "Action {Action} ({Delivery}) was taken over by another worker before it finished; its outcome was dropped")]
        public static partial void LeaseLost(ILogger log, string action, string delivery);

        [LoggerMessage(124, LogLevel.Error, "The actions worker's round failed; trying again shortly")]
        public static partial void RoundFailed(ILogger log, Exception error);
    }
}
