using Dapper;

namespace Tendero.Storage;

/// <summary>Read-only views of the ledger for the API and the status page.</summary>
public sealed class MessageQueries(IDatabase database)
{
    private const string Columns = """
        id, business_id AS BusinessId, channel, direction, address, contact_name AS ContactName, kind, text, raw, status,
        provider_id AS ProviderId, error_code AS ErrorCode, error_reason AS ErrorReason, run_at AS RunAt, attempts,
        created_at AS CreatedAt, updated_at AS UpdatedAt, provider_at AS ProviderAt, sent_at AS SentAt,
        delivered_at AS DeliveredAt, read_at AS ReadAt, failed_at AS FailedAt
        """;

    /// <summary>A page of a business's messages, both directions, oldest first, after the given id.</summary>
    public Task<IReadOnlyList<MessageRow>> ListAsync(string businessId, long after, int limit, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<MessageRow>>(async c => (await c.QueryAsync<MessageRow>(new CommandDefinition(
            $"SELECT {Columns} FROM messages WHERE business_id = @businessId AND id > @after ORDER BY id LIMIT @limit",
            new { businessId, after, limit }, cancellationToken: ct))).ToList(), ct);

    public Task<MessageRow?> GetAsync(long id, CancellationToken ct) =>
        database.ReadAsync(c => c.QuerySingleOrDefaultAsync<MessageRow?>(new CommandDefinition(
            $"SELECT {Columns} FROM messages WHERE id = @id", new { id }, cancellationToken: ct)), ct);

    public Task<IReadOnlyList<StatusCount>> CountsAsync(CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<StatusCount>>(async c => (await c.QueryAsync<StatusCount>(new CommandDefinition(
            """
            SELECT business_id AS BusinessId, channel, direction, status, COUNT(*) AS Count
              FROM messages GROUP BY business_id, channel, direction, status
             ORDER BY business_id, channel, direction, status
            """, cancellationToken: ct))).ToList(), ct);

    public Task<IReadOnlyList<LaneDepth>> LaneDepthsAsync(CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<LaneDepth>>(async c => (await c.QueryAsync<LaneDepth>(new CommandDefinition(
            """
            SELECT lane,
                   SUM(CASE WHEN status = 'queued' THEN 1 ELSE 0 END) AS Queued,
                   SUM(CASE WHEN status = 'sending' THEN 1 ELSE 0 END) AS Sending,
                   MIN(CASE WHEN status = 'queued' THEN run_at END) AS OldestRunAt
              FROM messages WHERE status IN ('queued', 'sending') GROUP BY lane ORDER BY lane
            """, cancellationToken: ct))).ToList(), ct);
}
