using Dapper;

namespace Tendero.Storage;

/// <summary>Chains as people look at them: one with its history, a page of them, and cancelling one.</summary>
public sealed class ChainQueries(IDatabase database, TimeProvider time)
{
    public Task<(ChainRow Chain, IReadOnlyList<ChainEventRow> Events)?> GetAsync(string businessId, long id, CancellationToken ct) =>
        database.ReadAsync<(ChainRow, IReadOnlyList<ChainEventRow>)?>(async c =>
        {
            var chain = await c.QuerySingleOrDefaultAsync<ChainRow>(new CommandDefinition(
                $"SELECT {ChainRow.Columns(database.Dialect)} FROM chains WHERE business_id = @businessId AND id = @id", new { businessId, id }, cancellationToken: ct));
            if (chain is null)
            {
                return null;
            }
            var events = await c.QueryAsync<ChainEventRow>(new CommandDefinition(
                $"""
                SELECT id, chain_id AS ChainId, step{ChainRow.Wide(database.Dialect)} AS step, kind, channel, message_id AS MessageId, outcome, detail, at
                  FROM chain_events WHERE chain_id = @id ORDER BY id
                """, new { id }, cancellationToken: ct));
            return (chain, events.ToList());
        }, ct);

    /// <summary>Chains oldest first after <paramref name="after"/>; <paramref name="state"/> is active, done or null for both.</summary>
    public Task<IReadOnlyList<ChainRow>> ListAsync(string? businessId, string? state, long after, int limit, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<ChainRow>>(async c => (await c.QueryAsync<ChainRow>(new CommandDefinition(
            $"""
            SELECT {ChainRow.Columns(database.Dialect)} FROM chains
             WHERE id > @after AND (@businessId IS NULL OR business_id = @businessId) AND (@state IS NULL OR state = @state)
             ORDER BY id LIMIT @limit
            """, new { businessId, state, after, limit }, cancellationToken: ct))).ToList(), ct);

    /// <summary>Stops a running chain. Messages it already queued still go; nothing new is sent.</summary>
    public Task<CancelOutcome> CancelAsync(string businessId, long id, CancellationToken ct) =>
        database.WriteAsync(async (c, t) =>
        {
            var now = time.NowMs();
            var state = await c.ExecuteScalarAsync<string?>(new CommandDefinition(
                "SELECT state FROM chains WHERE business_id = @businessId AND id = @id", new { businessId, id }, t, cancellationToken: ct));
            if (state is null)
            {
                return CancelOutcome.NotFound;
            }
            if (state != "active")
            {
                return CancelOutcome.AlreadyEnded;
            }
            var step = await c.ExecuteScalarAsync<long>(new CommandDefinition(
                """
                UPDATE chains SET state = 'done', outcome = 'cancelled', next_at = NULL, waiting_for = NULL, ended_at = @now,
                       updated_at = @now, version = version + 1
                 WHERE id = @id RETURNING step
                """, new { id, now }, t, cancellationToken: ct));
            await c.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO chain_events (chain_id, step, kind, outcome, detail, at) VALUES (@id, @step, 'end', 'cancelled', 'cancelled by a person', @now)
                ON CONFLICT (chain_id, step, kind) DO NOTHING
                """, new { id, step, now }, t, cancellationToken: ct));
            return CancelOutcome.Cancelled;
        }, ct);
}

public enum CancelOutcome
{
    Cancelled,
    NotFound,
    AlreadyEnded,
}
