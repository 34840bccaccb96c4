using Dapper;
using Tendero.Core;
using Tendero.Core.Chains;

namespace Tendero.Storage;

/// <summary>
/// Fallback chains as timer rows. A chain at rest waits for <c>next_at</c>; finding the due ones is an index range
/// scan, so a million waiting chains cost nothing until they are due. A claim pushes <c>next_at</c> one lease ahead
/// (so a crashed worker's chains come due again by themselves) and every change is fenced by <c>version</c>.
/// </summary>
public sealed class ChainStore(IDatabase database, TimeProvider time)
{
    /// <summary>Starts a chain, due at once. A repeated idempotency key returns the first chain instead.</summary>
    public Task<(long Id, bool Created)> StartAsync(NewChain chain, CancellationToken ct) =>
        database.WriteAsync<(long, bool)>(async (c, t) =>
        {
            var now = time.NowMs();
            var id = await c.ExecuteScalarAsync<long?>(new CommandDefinition(
                """
                INSERT INTO chains (business_id, policy, person_id, critical, text, data, plan, step, state, next_at, since_id,
                                    version, idempotency_key, created_at, updated_at)
                VALUES (@BusinessId, @Policy, @PersonId, @critical, @Text, @DataJson, @Plan, 0, 'active', @now,
                        (SELECT COALESCE(MAX(id), 0) FROM messages), 0, @IdempotencyKey, @now, @now)
                ON CONFLICT (business_id, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
                RETURNING id
                """,
                new { chain.BusinessId, chain.Policy, chain.PersonId, critical = chain.Critical ? 1 : 0, chain.Text, chain.DataJson, chain.Plan, chain.IdempotencyKey, now },
                t, cancellationToken: ct));
            if (id is { } created)
            {
                return (created, true);
            }
            return (await c.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT id FROM chains WHERE business_id = @BusinessId AND idempotency_key = @IdempotencyKey",
                new { chain.BusinessId, chain.IdempotencyKey }, t, cancellationToken: ct)), false);
        }, ct);

    /// <summary>Takes up to <paramref name="limit"/> due chains, pushing each one's next look a lease ahead.</summary>
    public Task<IReadOnlyList<ChainRow>> ClaimDueAsync(TimeSpan lease, int limit, CancellationToken ct) =>
        database.WriteAsync<IReadOnlyList<ChainRow>>(async (c, t) =>
        {
            var now = time.NowMs();
            var skipLocked = database.Dialect == Dialect.Postgres ? "FOR UPDATE SKIP LOCKED" : "";
            var rows = await c.QueryAsync<ChainRow>(new CommandDefinition(
                $"""
                UPDATE chains SET next_at = @until, version = version + 1
                 WHERE id IN (SELECT id FROM chains WHERE state = 'active' AND next_at <= @now ORDER BY next_at LIMIT @limit {skipLocked})
                RETURNING {ChainRow.Columns(database.Dialect)}
                """,
                new { now, until = now + (long)lease.TotalMilliseconds, limit }, t, cancellationToken: ct));
            return rows.ToList();
        }, ct);

    /// <summary>
    /// Writes what the engine decided, in one transaction: the chain's new place, the messages its notify steps send
    /// (each with the idempotency key chain:&lt;id&gt;:&lt;step&gt;) and its history. False, with nothing written, when
    /// the chain changed since it was claimed (a signal or another node got there first); it is simply looked at again.
    /// </summary>
    public Task<bool> ApplyAsync(ChainRow chain, ChainDecision decision, CancellationToken ct) =>
        database.WriteAsync(async (c, t) =>
        {
            var now = time.NowMs();
            var updated = await c.ExecuteAsync(new CommandDefinition(
                """
                UPDATE chains SET step = @step, state = @state, waiting_for = @waitingFor, wait_ends_at = @waitEndsAt, next_at = @nextAt,
                       outcome = @outcome, ended_at = @endedAt, version = version + 1, updated_at = @now
                 WHERE id = @id AND version = @version
                """,
                new
                {
                    step = decision.Step, state = decision.Ends ? "done" : "active", waitingFor = decision.WaitingFor?.Name(),
                    waitEndsAt = decision.WaitEndsAt?.Ms(), nextAt = decision.Ends ? (long?)null : decision.NextAt?.Ms() ?? now,
                    outcome = decision.Outcome, endedAt = decision.Ends ? now : (long?)null, now, id = chain.Id, version = chain.Version,
                }, t, cancellationToken: ct));
            if (updated == 0)
            {
                return false;
            }
            var sent = new Dictionary<int, long>();
            foreach (var notify in decision.Notifies)
            {
                sent[notify.Step] = await Outbox.InsertAsync(c, t, new OutboundRequest(chain.BusinessId, notify.To, chain.Text)
                {
                    Kind = chain.Policy, Priority = chain.IsCritical ? 0 : 1, Language = notify.Language, DataJson = chain.Data,
                    ChainId = chain.Id, IdempotencyKey = $"chain:{chain.Id}:{notify.Step}",
                }, now, ct);
            }
            foreach (var e in decision.Events)
            {
                long? messageId = e.Kind == "notify" && sent.TryGetValue(e.Step, out var m) ? m : null;
                await c.ExecuteAsync(new CommandDefinition(
                    """
                    INSERT INTO chain_events (chain_id, step, kind, channel, message_id, outcome, detail, at)
                    VALUES (@chainId, @step, @kind, @channel, @messageId, @outcome, @detail, @now)
                    ON CONFLICT (chain_id, step, kind) DO NOTHING
                    """,
                    new { chainId = chain.Id, step = e.Step, kind = e.Kind, channel = e.Channel?.Name(), outcome = e.Outcome, detail = e.Detail, now, messageId },
                    t, cancellationToken: ct));
            }
            return true;
        }, ct);

    /// <summary>
    /// SQLite, at start: chains claimed by a process that died would wait out their lease. Looking at a chain early is
    /// harmless (a wait that has not ended just parks again), so everything due within a lease is looked at now.
    /// </summary>
    public Task<int> ReleaseClaimsAsync(TimeSpan lease, CancellationToken ct) =>
        database.WriteAsync((c, t) =>
        {
            var now = time.NowMs();
            return c.ExecuteAsync(new CommandDefinition(
                "UPDATE chains SET next_at = @now, version = version + 1 WHERE state = 'active' AND next_at > @now AND next_at <= @until",
                new { now, until = now + (long)lease.TotalMilliseconds }, t, cancellationToken: ct));
        }, ct);

    /// <summary>When the next active chain falls due, so the runner can sleep until then.</summary>
    public Task<DateTimeOffset?> NextDueAsync(CancellationToken ct) =>
        database.ReadAsync(async c =>
        {
            var ms = await c.ExecuteScalarAsync<long?>(new CommandDefinition(
                "SELECT MIN(next_at) FROM chains WHERE state = 'active'", cancellationToken: ct));
            return ms is null ? (DateTimeOffset?)null : Clock.At(ms.Value);
        }, ct);
}
