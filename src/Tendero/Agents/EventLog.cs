using System.Data.Common;
using Dapper;
using Tendero.Storage;

namespace Tendero.Agents;

/// <summary>
/// The agents' ledger: events and the work each subscriber owes on them. Work is claimed under a lease, oldest first,
/// and only the oldest open work of an order key (a conversation) can be claimed, so a conversation's events are
/// handled one at a time and in order, even across nodes. Completion is fenced by the lease token.
/// </summary>
public sealed class EventLog(IDatabase database, TimeProvider time)
{
    /// <summary>Publishes inside the caller's transaction: the event, and one work row per subscribed agent. Returns false for a repeated dedupe key.</summary>
    public static async Task<bool> PublishAsync(DbConnection c, DbTransaction t, NewEvent e, long now, CancellationToken ct)
    {
        var id = await c.ExecuteScalarAsync<long?>(new CommandDefinition(
            """
            INSERT INTO events (business_id, topic, order_key, payload, dedupe_key, created_at)
            VALUES (@businessId, @topic, @orderKey, @payload, @dedupeKey, @now)
            ON CONFLICT (dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
            RETURNING id
            """,
            new { businessId = e.BusinessId, topic = e.Topic, orderKey = e.OrderKey, payload = e.Payload, dedupeKey = e.DedupeKey, now },
            t, cancellationToken: ct));
        if (id is null)
        {
            return false;
        }
        foreach (var agent in AgentCatalog.SubscribersOf(e.Topic))
        {
            await c.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO agent_work (agent, event_id, order_key, state, run_at, created_at)
                VALUES (@agent, @id, @orderKey, 'pending', @now, @now)
                """, new { agent, id, orderKey = e.OrderKey, now }, t, cancellationToken: ct));
        }
        return true;
    }

    public Task<bool> PublishAsync(NewEvent e, CancellationToken ct) =>
        database.WriteAsync((c, t) => PublishAsync(c, t, e, time.NowMs(), ct), ct);

    /// <summary>Claims up to <paramref name="limit"/> due pieces of work for <paramref name="agent"/>: for each order key, only its oldest open one.</summary>
    public Task<IReadOnlyList<ClaimedWork>> ClaimAsync(string agent, string owner, TimeSpan lease, int limit, CancellationToken ct) =>
        database.WriteAsync<IReadOnlyList<ClaimedWork>>(async (c, t) =>
        {
            var now = time.NowMs();
            var skipLocked = database.Dialect == Dialect.Postgres ? "FOR UPDATE OF w SKIP LOCKED" : "";
            var claimed = await c.QueryAsync<ClaimedWorkRow>(new CommandDefinition(
                $"""
                UPDATE agent_work SET attempts = attempts + 1, lease_token = lease_token + 1, lease_owner = @owner, lease_until = @until
                 WHERE id IN (SELECT w.id FROM agent_work w
                               WHERE w.agent = @agent AND w.state = 'pending' AND w.run_at <= @now
                                 AND (w.lease_until IS NULL OR w.lease_until < @now)
                                 AND NOT EXISTS (SELECT 1 FROM agent_work e
                                                  WHERE e.agent = w.agent AND e.order_key = w.order_key AND e.state = 'pending' AND e.id < w.id)
                               ORDER BY w.id LIMIT @limit {skipLocked})
                RETURNING id AS Id, event_id AS EventId, attempts AS Attempts, lease_token AS LeaseToken
                """,
                new { agent, owner, until = now + (long)lease.TotalMilliseconds, now, limit }, t, cancellationToken: ct));
            var rows = claimed.ToList();
            if (rows.Count == 0)
            {
                return [];
            }
            var events = (await c.QueryAsync<EventRow>(new CommandDefinition(
                $"""
                SELECT id AS Id, business_id AS BusinessId, topic AS Topic, order_key AS OrderKey, payload AS Payload, created_at AS CreatedAt
                  FROM events WHERE {database.Dialect.InList("id", "ids")}
                """, new { ids = rows.Select(r => r.EventId).ToArray() }, t, cancellationToken: ct))).ToDictionary(e => e.Id);
            return rows.OrderBy(r => r.Id).Select(r =>
            {
                var e = events[r.EventId];
                return new ClaimedWork(r.Id, agent, r.Attempts, r.LeaseToken,
                    new AgentEvent(e.Id, e.BusinessId, e.Topic, e.OrderKey, e.Payload, Clock.At(e.CreatedAt)));
            }).ToList();
        }, ct);

    /// <summary>
    /// Marks the work done and applies the handler's outcome in one transaction. False, with nothing applied, when the
    /// lease was lost (another node took the work over).
    /// </summary>
    public Task<bool> CompleteAsync(ClaimedWork work, string owner, AgentOutcome outcome, CancellationToken ct) =>
        database.WriteAsync(async (c, t) =>
        {
            var now = time.NowMs();
            var updated = await c.ExecuteAsync(new CommandDefinition(
                """
                UPDATE agent_work SET state = 'done', done_at = @now, done_by = @owner, lease_owner = NULL, lease_until = NULL, error = NULL
                 WHERE id = @id AND lease_token = @token AND lease_owner = @owner AND state = 'pending'
                """, new { now, owner, id = work.Id, token = work.LeaseToken }, t, cancellationToken: ct));
            if (updated == 0)
            {
                return false;
            }
            if (outcome.Write is { } write)
            {
                await write(c, t, ct);
            }
            foreach (var e in outcome.Events)
            {
                await PublishAsync(c, t, e, now, ct);
            }
            foreach (var m in outcome.Messages)
            {
                await Outbox.InsertAsync(c, t, m, now, ct);
            }
            return true;
        }, ct);

    /// <summary>Schedules another attempt, or sets the work aside as dead once <paramref name="dead"/> is true. Fenced like completion.</summary>
    public Task<bool> FailAsync(ClaimedWork work, string owner, string error, DateTimeOffset retryAt, bool dead, CancellationToken ct) =>
        database.WriteAsync(async (c, t) => await c.ExecuteAsync(new CommandDefinition(
            """
            UPDATE agent_work SET state = @state, run_at = @runAt, error = @error, lease_owner = NULL, lease_until = NULL,
                   done_at = CASE WHEN @dead THEN @now ELSE NULL END
             WHERE id = @id AND lease_token = @token AND lease_owner = @owner AND state = 'pending'
            """,
            new { state = dead ? "dead" : "pending", runAt = retryAt.Ms(), error = Truncate(error), dead, now = time.NowMs(), id = work.Id, token = work.LeaseToken, owner },
            t, cancellationToken: ct)) > 0, ct);

    /// <summary>When the agent's next claimable work is due (for the sleep bound), or null. Work queued behind its conversation's head does not count.</summary>
    public Task<DateTimeOffset?> NextDueAsync(string agent, CancellationToken ct) =>
        database.ReadAsync(async c =>
        {
            var next = await c.ExecuteScalarAsync<long?>(new CommandDefinition(
                """
                SELECT MIN(CASE WHEN w.lease_until IS NOT NULL AND w.lease_until > w.run_at THEN w.lease_until ELSE w.run_at END)
                  FROM agent_work w
                 WHERE w.agent = @agent AND w.state = 'pending'
                   AND NOT EXISTS (SELECT 1 FROM agent_work e
                                    WHERE e.agent = w.agent AND e.order_key = w.order_key AND e.state = 'pending' AND e.id < w.id)
                """,
                new { agent }, cancellationToken: ct));
            return next is { } ms ? Clock.At(ms) : (DateTimeOffset?)null;
        }, ct);

    /// <summary>On SQLite at start: leases left by an earlier boot belong to a dead process; free them at once.</summary>
    public Task<int> ReleaseOtherLeasesAsync(string owner, CancellationToken ct) =>
        database.WriteAsync((c, t) => c.ExecuteAsync(new CommandDefinition(
            "UPDATE agent_work SET lease_owner = NULL, lease_until = NULL WHERE state = 'pending' AND lease_owner IS NOT NULL AND lease_owner <> @owner",
            new { owner }, t, cancellationToken: ct)), ct);

    /// <summary>Counts of work by agent and state, for the status page.</summary>
    public Task<IReadOnlyList<AgentWorkCount>> CountsAsync(CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<AgentWorkCount>>(async c => (await c.QueryAsync<AgentWorkCount>(new CommandDefinition(
            "SELECT agent AS Agent, state AS State, COUNT(*) AS Count FROM agent_work GROUP BY agent, state ORDER BY agent, state",
            cancellationToken: ct))).ToList(), ct);

    private static string Truncate(string text) => text.Length <= 500 ? text : text[..500];

    private sealed class ClaimedWorkRow
    {
        public long Id { get; init; }
        public long EventId { get; init; }
        public long Attempts { get; init; }
        public long LeaseToken { get; init; }
    }

    private sealed class EventRow
    {
        public long Id { get; init; }
        public string BusinessId { get; init; } = "";
        public string Topic { get; init; } = "";
        public string OrderKey { get; init; } = "";
        public string Payload { get; init; } = "";
        public long CreatedAt { get; init; }
    }
}

/// <summary>One piece of work an agent holds under a lease.</summary>
public sealed record ClaimedWork(long Id, string Agent, long Attempts, long LeaseToken, AgentEvent Event);

public sealed class AgentWorkCount
{
    public string Agent { get; init; } = "";
    public string State { get; init; } = "";
    public long Count { get; init; }
}
