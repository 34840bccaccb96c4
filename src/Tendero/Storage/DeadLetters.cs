using Dapper;

namespace Tendero.Storage;

/// <summary>
/// Dead letters: outbound messages that ended <c>failed</c>. They stay in the ledger, with the provider's code and
/// reason, and can be put back in the queue. A business filter of <c>null</c> means every business; the filter is
/// added to the SQL rather than passed as a null parameter, because PostgreSQL cannot type an untyped null.
/// </summary>
public sealed class DeadLetters(IDatabase database, TimeProvider time)
{
    private const string Dead = "status = 'failed' AND direction = 'out'";

    /// <summary>A page of failed outbound messages, oldest first (by id), after the given id.</summary>
    public Task<IReadOnlyList<DeadLetter>> ListAsync(string? businessId, long after, int limit, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<DeadLetter>>(async c => (await c.QueryAsync<DeadLetter>(new CommandDefinition(
            $"""
            SELECT id, business_id AS BusinessId, channel, address, kind, text, error_code AS ErrorCode,
                   error_reason AS ErrorReason, attempts, failed_at AS FailedAt, created_at AS CreatedAt
              FROM messages WHERE {Dead} AND id > @after {Business(businessId)} ORDER BY id LIMIT @limit
            """,
            new { businessId, after, limit }, cancellationToken: ct))).ToList(), ct);

    /// <summary>The most recent failures, newest first, without text or address (the status page is public).</summary>
    public Task<IReadOnlyList<DeadSummary>> RecentAsync(int limit, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<DeadSummary>>(async c => (await c.QueryAsync<DeadSummary>(new CommandDefinition(
            $"""
            SELECT id, business_id AS BusinessId, channel, error_code AS ErrorCode, error_reason AS ErrorReason, failed_at AS FailedAt
              FROM messages WHERE {Dead} ORDER BY failed_at DESC, id DESC LIMIT @limit
            """,
            new { limit }, cancellationToken: ct))).ToList(), ct);

    /// <summary>Failed outbound messages per business and channel.</summary>
    public Task<IReadOnlyList<DeadCount>> CountsAsync(CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<DeadCount>>(async c => (await c.QueryAsync<DeadCount>(new CommandDefinition(
            $"""
            SELECT business_id AS BusinessId, channel, COUNT(*) AS Count
              FROM messages WHERE {Dead} GROUP BY business_id, channel ORDER BY business_id, channel
            """, cancellationToken: ct))).ToList(), ct);

    /// <summary>
    /// Puts one failed outbound message back in the queue, due now, with a fresh set of attempts. Any other row is left
    /// alone. <paramref name="businessId"/> null finds the id in any business (the CLI on its own database).
    /// </summary>
    public Task<RetryOutcome> RetryAsync(string? businessId, long id, CancellationToken ct) =>
        database.WriteAsync<RetryOutcome>(async (c, t) =>
        {
            var only = $"AND id = @id {Business(businessId)}";
            if (await c.ExecuteAsync(Requeue(only, new { businessId, id, now = time.NowMs() }, t, ct)) == 1)
            {
                return new RetryOutcome.Retried();
            }
            var status = await c.ExecuteScalarAsync<string?>(new CommandDefinition(
                $"SELECT status FROM messages WHERE id = @id {Business(businessId)}", new { businessId, id }, t, cancellationToken: ct));
            return status is null ? new RetryOutcome.NotFound() : new RetryOutcome.NotFailed(status);
        }, ct);

    /// <summary>Puts every failed outbound message of a business (or of all, with null) back in the queue. Returns how many.</summary>
    public Task<int> RetryAllAsync(string? businessId, CancellationToken ct) =>
        database.WriteAsync((c, t) => c.ExecuteAsync(Requeue(Business(businessId), new { businessId, now = time.NowMs() }, t, ct)), ct);

    // The error stays until the next attempt overwrites it, so the reason is still visible while the retry waits.
    // The old provider id and its times go: the retry is a new send, and a late report about the old one must not
    // move the new one forward (reports are matched by provider id).
    private static CommandDefinition Requeue(string filter, object parameters, System.Data.Common.DbTransaction t, CancellationToken ct) => new(
        $"""
        UPDATE messages SET status = 'queued', run_at = @now, attempts = 0, lease_owner = NULL, lease_until = NULL,
               failed_at = NULL, provider_id = NULL, sent_at = NULL, delivered_at = NULL, read_at = NULL, updated_at = @now
         WHERE {Dead} {filter}
        """,
        parameters, t, cancellationToken: ct);

    private static string Business(string? businessId) => businessId is null ? "" : "AND business_id = @businessId";
}
