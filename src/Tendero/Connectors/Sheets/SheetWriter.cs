using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tendero.Hosting;
using Tendero.Storage;

namespace Tendero.Connectors.Sheets;

/// <summary>
/// Flushes the queued sheet writes every <see cref="SheetWriterOptions.FlushEvery"/>: claims the due ones, coalesces
/// each tab's into row operations, and sends them as one batchUpdate and one append per tab. A 429 or 5xx puts the
/// writes back with backoff (honouring Retry-After, on the server's clock); a 429 also holds back the rest of that
/// spreadsheet's tabs this round, since the quota is per user. Nothing is dropped: a write that cannot land is kept
/// as dead with its reason.
/// </summary>
public sealed partial class SheetWriter(
    SheetWriteStore store, SheetsConnections sheets, IOptions<SheetWriterOptions> options, IOptions<ServerOptions> server,
    IDatabase database, TimeProvider time, ILogger<SheetWriter> logger) : BackgroundService
{
    private readonly SheetWriterOptions settings = options.Value;
    private readonly string owner = server.Value.NodeId;
    private readonly Dictionary<string, int> quotaStreak = new(StringComparer.Ordinal);

    /// <summary>One flush. Returns how many queued writes it claimed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var claimed = await store.ClaimDueAsync(owner, settings.Lease, settings.BatchSize, ct);
        var throttled = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var group in claimed.GroupBy(c => (c.Write.BusinessId, c.Write.Tab)))
        {
            var (business, tab) = group.Key;
            if (throttled.TryGetValue(business, out var until))
            {
                await store.ScheduleRetryAsync(group, owner, until, "waiting for the Sheets quota", countAttempt: false, ct);
                continue;
            }
            var result = await FlushAsync(business, tab, SheetBatch.Coalesce(group), ct);
            await store.MarkDoneAsync(result.Done.SelectMany(w => w.Sources), owner, ct);
            foreach (var (write, reason) in result.Rejected)
            {
                await store.MarkDeadAsync(write.Sources, owner, reason, ct);
                Log.Rejected(logger, business, tab, write.Sources.Count, reason);
            }
            if (result.Failed.Count > 0 && await FailAsync(business, tab, result, ct) is { } retryAt)
            {
                throttled[business] = retryAt;
            }
            else if (result.Failed.Count == 0)
            {
                quotaStreak.Remove(business);
            }
        }
        return claimed.Count;
    }

    private async Task<TabFlushResult> FlushAsync(string business, string tab, IReadOnlyList<RowWrite> writes, CancellationToken ct)
    {
        try
        {
            if (sheets.Google(business) is { } sheet)
            {
                return await TabFlush.RunAsync(sheet, tab, writes, ct);
            }
            return await LocalFlush.RunAsync(sheets.Local(business, tab), writes, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // The sheet could not even be opened (configuration): the writes wait and count an attempt.
            var failed = new TabFlushResult { Error = e };
            failed.Failed.AddRange(writes);
            return failed;
        }
    }

    // Returns the time the spreadsheet's quota should recover when this was a 429, so its other tabs wait too.
    private async Task<DateTimeOffset?> FailAsync(string business, string tab, TabFlushResult result, CancellationToken ct)
    {
        var error = result.Error!;
        var api = error as SheetsApiException;
        var rows = result.Failed.SelectMany(w => w.Sources).ToList();
        if (api is { IsRetryable: false })
        {
            await store.MarkDeadAsync(rows, owner, api.Message, ct);
            Log.Rejected(logger, business, tab, rows.Count, api.Message);
            return null;
        }
        if (api is { IsQuota: true })
        {
            var streak = quotaStreak[business] = quotaStreak.GetValueOrDefault(business) + 1;
            var at = time.GetUtcNow() + SheetsBackoff.For(streak - 1, api.RetryAfter, settings.MaxBackoff, Random.Shared.NextDouble());
            await store.ScheduleRetryAsync(rows, owner, at, api.Message, countAttempt: false, ct);
            Log.Quota(logger, business, tab, rows.Count, at);
            return at;
        }
        var attempts = (int)rows.Max(r => r.Attempts) + 1;
        if (attempts >= settings.MaxAttempts)
        {
            await store.MarkDeadAsync(rows, owner, $"{error.GetType().Name}: {error.Message}", ct);
            Log.Dead(logger, error, business, tab, rows.Count, attempts);
            return null;
        }
        var retryAt = time.GetUtcNow() + SheetsBackoff.For(attempts - 1, api?.RetryAfter, settings.MaxBackoff, Random.Shared.NextDouble());
        await store.ScheduleRetryAsync(rows, owner, retryAt, $"{error.GetType().Name}: {error.Message}", countAttempt: true, ct);
        Log.Retry(logger, business, tab, rows.Count, retryAt, error.Message);
        return null;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database.Dialect == Dialect.Sqlite)
        {
            await store.ReleaseOtherLeasesAsync(owner, stoppingToken);
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
                await Task.Delay(settings.FlushEvery, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                Log.RoundFailed(logger, e);
                await Task.Delay(settings.FlushEvery, time, stoppingToken);
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(7001, LogLevel.Warning, "Sheets quota reached for {Business} ({Tab}): {Count} writes wait until {RetryAt}")]
        public static partial void Quota(ILogger log, string business, string tab, int count, DateTimeOffset retryAt);

        [LoggerMessage(7002, LogLevel.Warning, "Sheets write for {Business} ({Tab}) failed; {Count} writes retry at {RetryAt}: {Reason}")]
        public static partial void Retry(ILogger log, string business, string tab, int count, DateTimeOffset retryAt, string reason);

        [LoggerMessage(7003, LogLevel.Error, "Sheets: {Count} writes for {Business} ({Tab}) are set aside (dead): {Reason}")]
        public static partial void Rejected(ILogger log, string business, string tab, int count, string reason);

        [LoggerMessage(7004, LogLevel.Error, "Sheets: {Count} writes for {Business} ({Tab}) failed {Attempts} times and are set aside (dead)")]
        public static partial void Dead(ILogger log, Exception error, string business, string tab, int count, int attempts);

        [LoggerMessage(7005, LogLevel.Error, "The sheet writer's round failed; trying again shortly")]
        public static partial void RoundFailed(ILogger log, Exception error);
    }
}
