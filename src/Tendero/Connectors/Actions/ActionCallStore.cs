using System.Data.Common;
using Dapper;
using Tendero.Storage;

namespace Tendero.Connectors.Actions;

/// <summary>
/// The action calls ledger, shaped like the outbox: queue once per delivery id, claim due calls under a lease (a
/// call whose lease ran out is taken again), call outside any transaction, and complete with an update fenced by the
/// lease owner and token, so a call rescued from a stuck worker is never completed twice.
/// </summary>
public sealed class ActionCallStore(IDatabase database, TimeProvider time)
{
    private const string Columns = """
        id AS Id, business_id AS BusinessId, action AS Action, event_id AS EventId, topic AS Topic, payload AS Payload,
        occurred_at AS OccurredAt, dedupe_key AS DedupeKey, attempts AS Attempts, lease_token AS LeaseToken
        """;

    /// <summary>Queues inside the caller's transaction (the agent's completion). False when the delivery id is already queued.</summary>
    public static async Task<bool> InsertAsync(DbConnection c, DbTransaction t, NewActionCall call, long now, CancellationToken ct) =>
        await c.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO action_calls (business_id, action, event_id, topic, payload, occurred_at, dedupe_key, state, run_at, created_at, updated_at)
            VALUES (@BusinessId, @Action, @EventId, @Topic, @Payload, @occurredAt, @DedupeKey, 'queued', @now, @now, @now)
            ON CONFLICT (dedupe_key) DO NOTHING
            """,
            new { call.BusinessId, call.Action, call.EventId, call.Topic, call.Payload, occurredAt = call.OccurredAt.Ms(), call.DedupeKey, now },
            t, cancellationToken: ct)) == 1;

    public Task<bool> EnqueueAsync(NewActionCall call, CancellationToken ct) =>
        database.WriteAsync((c, t) => InsertAsync(c, t, call, time.NowMs(), ct), ct);

    /// <summary>Claims up to <paramref name="limit"/> due calls, oldest due first, including calls whose lease ran out.</summary>
    public Task<IReadOnlyList<ActionCall>> ClaimDueAsync(string owner, TimeSpan lease, int limit, CancellationToken ct) =>
        database.WriteAsync<IReadOnlyList<ActionCall>>(async (c, t) =>
        {
            var now = time.NowMs();
            var skipLocked = database.Dialect == Dialect.Postgres ? "FOR UPDATE SKIP LOCKED" : "";
            var rows = await c.QueryAsync<Row>(new CommandDefinition(
                $"""
                UPDATE action_calls SET state = 'calling', attempts = attempts + 1, lease_token = lease_token + 1,
                       lease_owner = @owner, lease_until = @until, updated_at = @now
                 WHERE id IN (SELECT id FROM action_calls
                               WHERE (state = 'queued' AND run_at <= @now) OR (state = 'calling' AND lease_until < @now)
                               ORDER BY run_at, id LIMIT @limit {skipLocked})
                RETURNING {Columns}
                """,
                new { owner, until = now + (long)lease.TotalMilliseconds, now, limit }, t, cancellationToken: ct));
            return rows.OrderBy(r => r.Id).Select(r => r.ToCall()).ToList();
        }, ct);

    public Task<bool> MarkDoneAsync(ActionCall call, string owner, int status, string? result, CancellationToken ct) =>
        FinishAsync(call, owner, "done", status, null, Shorten(result), ct);

    /// <summary>Ends the call as failed with a reason a person can act on. The row stays.</summary>
    public Task<bool> MarkFailedAsync(ActionCall call, string owner, int? status, string reason, CancellationToken ct) =>
        FinishAsync(call, owner, "failed", status, Shorten(reason), null, ct);

    /// <summary>Queues the call again at <paramref name="runAt"/>. A throttled retry (429) gives its attempt back.</summary>
    public Task<bool> ScheduleRetryAsync(ActionCall call, string owner, DateTimeOffset runAt, int? status, string reason, bool giveAttemptBack, CancellationToken ct) =>
        database.WriteAsync(async (c, t) => await c.ExecuteAsync(new CommandDefinition(
            """
            UPDATE action_calls SET state = 'queued', run_at = @runAt, attempts = attempts - @giveBack, last_status = @status, last_error = @reason,
                   lease_owner = NULL, lease_until = NULL, updated_at = @now
             WHERE id = @id AND lease_owner = @owner AND lease_token = @token AND state = 'calling'
            """,
            new { runAt = runAt.Ms(), giveBack = giveAttemptBack ? 1 : 0, status, reason = Shorten(reason), now = time.NowMs(), id = call.Id, owner, token = call.LeaseToken },
            t, cancellationToken: ct)) == 1, ct);

    private Task<bool> FinishAsync(ActionCall call, string owner, string state, int? status, string? error, string? result, CancellationToken ct) =>
        database.WriteAsync(async (c, t) => await c.ExecuteAsync(new CommandDefinition(
            """
            UPDATE action_calls SET state = @state, last_status = @status, last_error = @error, result = @result, done_at = @now,
                   lease_owner = NULL, lease_until = NULL, updated_at = @now
             WHERE id = @id AND lease_owner = @owner AND lease_token = @token AND state = 'calling'
            """,
            new { state, status, error, result, now = time.NowMs(), id = call.Id, owner, token = call.LeaseToken }, t, cancellationToken: ct)) == 1, ct);

    /// <summary>When the next call falls due (a queued one, or a lease running out), so the worker can sleep until then.</summary>
    public Task<DateTimeOffset?> NextDueAsync(CancellationToken ct) =>
        database.ReadAsync(async c =>
        {
            var ms = await c.ExecuteScalarAsync<long?>(new CommandDefinition(
                """
                SELECT MIN(due) FROM (SELECT MIN(run_at) AS due FROM action_calls WHERE state = 'queued'
                                      UNION ALL SELECT MIN(lease_until) FROM action_calls WHERE state = 'calling') d
                """, cancellationToken: ct));
            return ms is null ? (DateTimeOffset?)null : Clock.At(ms.Value);
        }, ct);

    /// <summary>SQLite, at start: calls left "calling" by an earlier boot are due again at once.</summary>
    public Task<int> ReleaseOtherLeasesAsync(string owner, CancellationToken ct) =>
        database.WriteAsync((c, t) => c.ExecuteAsync(new CommandDefinition(
            """
            UPDATE action_calls SET state = 'queued', run_at = @now, lease_owner = NULL, lease_until = NULL, updated_at = @now
             WHERE state = 'calling' AND (lease_owner IS NULL OR lease_owner <> @owner)
            """, new { owner, now = time.NowMs() }, t, cancellationToken: ct)), ct);

    /// <summary>A business's calls, oldest first, paged by id.</summary>
    public Task<IReadOnlyList<ActionCallState>> ListAsync(string businessId, long after, int limit, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<ActionCallState>>(async c => (await c.QueryAsync<StateRow>(new CommandDefinition(
            """
            SELECT id AS Id, business_id AS BusinessId, action AS Action, event_id AS EventId, dedupe_key AS DedupeKey, state AS State,
                   attempts AS Attempts, run_at AS RunAt, last_status AS LastStatus, last_error AS LastError, result AS Result, done_at AS DoneAt
              FROM action_calls WHERE business_id = @businessId AND id > @after ORDER BY id LIMIT @limit
            """, new { businessId, after, limit }, cancellationToken: ct))).Select(r => r.ToState()).ToList(), ct);

    private static string? Shorten(string? text) => text is { Length: > 1000 } ? text[..1000] + "…" : text;

    private sealed class Row
    {
        public long Id { get; init; }
        public string BusinessId { get; init; } = "";
        public string Action { get; init; } = "";
        public long EventId { get; init; }
        public string Topic { get; init; } = "";
        public string Payload { get; init; } = "";
        public long OccurredAt { get; init; }
        public string DedupeKey { get; init; } = "";
        public long Attempts { get; init; }
        public long LeaseToken { get; init; }

        public ActionCall ToCall() => new(Id, BusinessId, Action, EventId, Topic, Payload, Clock.At(OccurredAt), DedupeKey, Attempts, LeaseToken);
    }

    private sealed class StateRow
    {
        public long Id { get; init; }
        public string BusinessId { get; init; } = "";
        public string Action { get; init; } = "";
        public long EventId { get; init; }
        public string DedupeKey { get; init; } = "";
        public string State { get; init; } = "";
        public long Attempts { get; init; }
        public long RunAt { get; init; }
        public long? LastStatus { get; init; }
        public string? LastError { get; init; }
        public string? Result { get; init; }
        public long? DoneAt { get; init; }

        public ActionCallState ToState() => new(Id, BusinessId, Action, EventId, DedupeKey, State, Attempts, Clock.At(RunAt),
            LastStatus is { } s ? (int)s : null, LastError, Result, DoneAt is { } d ? Clock.At(d) : null);
    }
}
