using Dapper;
using Tendero.Storage;

namespace Tendero.Dashboard;

/// <summary>
/// The dashboard's figures, straight from the ledger, for one business and a window [from, until) in Unix milliseconds.
/// Time series come back in quarter-hour buckets (<c>created_at / 900000</c>), which the report folds into the business's
/// local days in C#: SQLite has no time zones, and a quarter hour fits every zone's offset.
/// </summary>
public sealed class DashboardQueries(IDatabase database)
{
    public const long BucketMs = 900_000;

    public Task<IReadOnlyList<MessageBucket>> MessagesAsync(string businessId, long from, long until, CancellationToken ct) =>
        Query<MessageBucket>(
            """
            SELECT channel, direction, created_at / 900000 AS Bucket, COUNT(*) AS Count
              FROM messages WHERE business_id = @businessId AND created_at >= @from AND created_at < @until
             GROUP BY channel, direction, created_at / 900000
            """, new { businessId, from, until }, ct);

    /// <summary>For each inbound message in the window that got a reply, how long the reply took to leave (ms).</summary>
    public Task<IReadOnlyList<long>> ResponseTimesAsync(string businessId, long from, long until, CancellationToken ct) =>
        Query<long>(
            """
            SELECT o.sent_at - i.created_at
              FROM messages i JOIN messages o ON o.reply_to = i.id
             WHERE i.business_id = @businessId AND i.direction = 'in' AND i.created_at >= @from AND i.created_at < @until
               AND o.sent_at IS NOT NULL
            """, new { businessId, from, until }, ct);

    public Task<IReadOnlyList<StatusBucket>> OutboundStatusesAsync(string businessId, long from, long until, CancellationToken ct) =>
        Query<StatusBucket>(
            """
            SELECT channel, status, COUNT(*) AS Count
              FROM messages WHERE business_id = @businessId AND direction = 'out' AND created_at >= @from AND created_at < @until
             GROUP BY channel, status
            """, new { businessId, from, until }, ct);

    public Task<IReadOnlyList<FailureGroup>> FailuresAsync(string businessId, long from, long until, CancellationToken ct) =>
        Query<FailureGroup>(
            """
            SELECT channel, COALESCE(error_code, '') AS Code, MAX(COALESCE(error_reason, '')) AS Reason, COUNT(*) AS Count
              FROM messages
             WHERE business_id = @businessId AND direction = 'out' AND status = 'failed' AND created_at >= @from AND created_at < @until
             GROUP BY channel, COALESCE(error_code, '')
             ORDER BY COUNT(*) DESC, channel
            """, new { businessId, from, until }, ct);

    /// <summary>What waits on each lane now, and how many left it since <paramref name="since"/>.</summary>
    public Task<IReadOnlyList<LaneNow>> LanesAsync(string businessId, long since, CancellationToken ct) =>
        Query<LaneNow>(
            """
            SELECT lane,
                   CAST(SUM(CASE WHEN status = 'queued' THEN 1 ELSE 0 END) AS BIGINT) AS Queued,
                   CAST(SUM(CASE WHEN status = 'sending' THEN 1 ELSE 0 END) AS BIGINT) AS Sending,
                   CAST(SUM(CASE WHEN sent_at >= @since THEN 1 ELSE 0 END) AS BIGINT) AS SentRecently
              FROM messages
             WHERE business_id = @businessId AND direction = 'out' AND lane IS NOT NULL
               AND (status IN ('queued', 'sending') OR sent_at >= @since)
             GROUP BY lane ORDER BY lane
            """, new { businessId, since }, ct);

    public Task<IReadOnlyList<ChainStepCount>> ChainsInFlightAsync(string businessId, CancellationToken ct) =>
        Query<ChainStepCount>(
            """
            SELECT policy, CAST(step AS BIGINT) AS Step, COUNT(*) AS Count
              FROM chains WHERE business_id = @businessId AND state = 'active'
             GROUP BY policy, step ORDER BY policy, step
            """, new { businessId }, ct);

    public Task<IReadOnlyList<CostBucket>> ModelCostsAsync(string businessId, long from, long until, CancellationToken ct) =>
        Query<CostBucket>(
            """
            SELECT created_at / 900000 AS Bucket, currency, CAST(SUM(amount_micros) AS BIGINT) AS Micros
              FROM model_calls WHERE business_id = @businessId AND created_at >= @from AND created_at < @until
             GROUP BY created_at / 900000, currency
            """, new { businessId, from, until }, ct);

    public Task<IReadOnlyList<CostBucket>> MessageCostsAsync(string businessId, long from, long until, CancellationToken ct) =>
        Query<CostBucket>(
            """
            SELECT created_at / 900000 AS Bucket, currency, CAST(SUM(amount_micros) AS BIGINT) AS Micros
              FROM costs WHERE business_id = @businessId AND source = 'message' AND created_at >= @from AND created_at < @until
             GROUP BY created_at / 900000, currency
            """, new { businessId, from, until }, ct);

    /// <summary>The messages of one conversation (a contact on a channel), oldest first, at most <paramref name="limit"/> of the latest.</summary>
    public Task<IReadOnlyList<TranscriptLine>> TranscriptAsync(string businessId, string channel, string address, int limit, CancellationToken ct) =>
        Query<TranscriptLine>(
            """
            SELECT id, direction, kind, text, status, error_reason AS ErrorReason, created_at AS CreatedAt FROM (
                SELECT id, direction, kind, text, status, error_reason, created_at FROM messages
                 WHERE business_id = @businessId AND channel = @channel AND address = @address
                 ORDER BY id DESC LIMIT @limit) latest
             ORDER BY id
            """, new { businessId, channel, address, limit }, ct);

    private Task<IReadOnlyList<T>> Query<T>(string sql, object parameters, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<T>>(async c => (await c.QueryAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: ct))).ToList(), ct);
}
