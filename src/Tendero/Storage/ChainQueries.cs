using Dapper;

namespace Tendero.Storage;

/// <summary>Chains as people look at them: one with its history, a page of them, and cancelling one.</summary>
public sealed class ChainQueries(IDatabase database, TimeProvider time)
{
    /// <summary>One chain and its history; <paramref name="businessId"/> null finds it in any business (the CLI).
    /// Both are read in one snapshot, so the history never runs ahead of (or behind) the chain it belongs to.</summary>
    public Task<(ChainRow Chain, IReadOnlyList<ChainEventRow> Events)?> GetAsync(string? businessId, long id, CancellationToken ct) =>
        database.ReadAsync<(ChainRow, IReadOnlyList<ChainEventRow>)?>(async c =>
        {
            // SQLite: a deferred transaction reads one snapshot without taking the write lock; PostgreSQL: repeatable read.
            await using var snapshot = c is Microsoft.Data.Sqlite.SqliteConnection sqlite
                ? sqlite.BeginTransaction(deferred: true)
                : await c.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
            var chain = await c.QuerySingleOrDefaultAsync<ChainRow>(new CommandDefinition(
                $"SELECT {ChainRow.Columns} FROM chains WHERE id = @id AND (@businessId IS NULL OR business_id = @businessId)",
                new { businessId, id }, snapshot, cancellationToken: ct));
            if (chain is null)
            {
                return null;
            }
            var events = await c.QueryAsync<ChainEventRow>(new CommandDefinition(
                """
                SELECT id, chain_id AS ChainId, step, kind, channel, message_id AS MessageId, outcome, detail, at
                  FROM chain_events WHERE chain_id = @id ORDER BY id
                """, new { id }, snapshot, cancellationToken: ct));
            return (chain, events.ToList());
        }, ct);

    /// <summary>Chains oldest first after <paramref name="after"/>; <paramref name="state"/> is active, done or null for both.</summary>
    public Task<IReadOnlyList<ChainRow>> ListAsync(string? businessId, string? state, long after, int limit, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<ChainRow>>(async c => (await c.QueryAsync<ChainRow>(new CommandDefinition(
            $"""
            SELECT {ChainRow.Columns} FROM chains
             WHERE id > @after AND (@businessId IS NULL OR business_id = @businessId) AND (@state IS NULL OR state = @state)
             ORDER BY id LIMIT @limit
            """, new { businessId, state, after, limit }, cancellationToken: ct))).ToList(), ct);

    /// <summary>
    /// Stops a running chain. Messages it already queued still go; nothing new is sent. <paramref name="businessId"/>
    /// null finds the chain in any business (the CLI).
    /// </summary>
    public Task<CancelOutcome> CancelAsync(string? businessId, long id, CancellationToken ct) =>
        database.WriteAsync(async (c, t) =>
        {
            var now = time.NowMs();
            // Update first, guarded by the state, and only then ask why nothing changed: with a read before the update,
            // a runner could end the chain in between (PostgreSQL, read committed) and its outcome would become "cancelled".
            var step = await c.ExecuteScalarAsync<long?>(new CommandDefinition(
                """
                UPDATE chains SET state = 'done', outcome = 'cancelled', next_at = NULL, waiting_for = NULL, ended_at = @now,
                       updated_at = @now, version = version + 1
                 WHERE id = @id AND state = 'active' AND (@businessId IS NULL OR business_id = @businessId) RETURNING step
                """, new { id, businessId, now }, t, cancellationToken: ct));
            if (step is null)
            {
                var state = await c.ExecuteScalarAsync<string?>(new CommandDefinition(
                    "SELECT state FROM chains WHERE id = @id AND (@businessId IS NULL OR business_id = @businessId)",
                    new { businessId, id }, t, cancellationToken: ct));
                return state is null ? CancelOutcome.NotFound : CancelOutcome.AlreadyEnded;
            }
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
