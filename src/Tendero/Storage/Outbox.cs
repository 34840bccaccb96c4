using System.Data.Common;
using Dapper;
using Tendero.Core;

namespace Tendero.Storage;

/// <summary>
/// The outbound ledger, which is also the send queue: a row is queued, claimed under a lease, sent, and completed with
/// a fenced update. Claim and completion are two short transactions; the provider is called between them, outside any.
/// Completion only touches the row if the lease owner and attempt still match, so a row rescued from a dead
/// dispatcher is never completed twice.
/// </summary>
public sealed class Outbox(IDatabase database, TimeProvider time)
{
    public static string LaneOf(string businessId, ChannelKind channel) => $"{businessId}/{channel.Name()}";

    /// <summary>Queues a text message and returns its id. It is due at once.</summary>
    public Task<long> EnqueueAsync(string businessId, Address to, string text, CancellationToken ct) =>
        EnqueueAsync(new OutboundRequest(businessId, to, text), ct);

    /// <summary>Queues a message and returns its id (or, for a repeated idempotency key, the first one's id).</summary>
    public Task<long> EnqueueAsync(OutboundRequest request, CancellationToken ct) =>
        database.WriteAsync((c, t) => InsertAsync(c, t, request, time.NowMs(), ct), ct);

    /// <summary>The insert itself, for stores that queue a message inside their own transaction (a chain step).</summary>
    internal static async Task<long> InsertAsync(DbConnection c, DbTransaction t, OutboundRequest r, long now, CancellationToken ct)
    {
        var id = await c.ExecuteScalarAsync<long?>(new CommandDefinition(
            """
            INSERT INTO messages (business_id, channel, direction, address, kind, text, status, lane, run_at, created_at, updated_at,
                                  priority, language, data, chain_id, idempotency_key)
            VALUES (@businessId, @channel, 'out', @address, @kind, @text, 'queued', @lane, @now, @now, @now,
                    @priority, @language, @data, @chainId, @key)
            ON CONFLICT (business_id, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
            RETURNING id
            """,
            new
            {
                businessId = r.BusinessId, channel = r.To.Channel.Name(), address = r.To.Value, kind = r.Kind, text = r.Text,
                lane = LaneOf(r.BusinessId, r.To.Channel), now, priority = r.Priority, language = r.Language, data = r.DataJson,
                chainId = r.ChainId, key = r.IdempotencyKey,
            }, t, cancellationToken: ct));
        return id ?? await c.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT id FROM messages WHERE business_id = @businessId AND idempotency_key = @key",
            new { businessId = r.BusinessId, key = r.IdempotencyKey }, t, cancellationToken: ct));
    }

    /// <summary>Claims up to <paramref name="limit"/> due rows for <paramref name="owner"/> until the lease runs out.
    /// <paramref name="onlyId"/> restricts the claim to one message (the <c>send</c> command dispatches just its own).</summary>
    public Task<IReadOnlyList<ClaimedRow>> ClaimDueAsync(string owner, TimeSpan lease, int limit, CancellationToken ct, long? onlyId = null) =>
        database.WriteAsync<IReadOnlyList<ClaimedRow>>(async (c, t) =>
        {
            var now = time.NowMs();
            // PostgreSQL nodes skip rows another node holds; SQLite has one writer, so nothing is locked to skip.
            var skipLocked = database.Dialect == Dialect.Postgres ? "FOR UPDATE SKIP LOCKED" : "";
            var only = onlyId is null ? "" : "AND id = @onlyId";
            // The lease token only ever grows: attempts can go down (a throttled retry gives one back, a dead letter
            // retried starts at 0), and a token reused with the same owner would let a stale sender complete the row.
            var rows = await c.QueryAsync<ClaimedRow>(new CommandDefinition(
                $"""
                UPDATE messages SET status = 'sending', attempts = attempts + 1, lease_token = lease_token + 1,
                       lease_owner = @owner, lease_until = @until, updated_at = @now
                 WHERE id IN (SELECT id FROM messages WHERE status = 'queued' AND run_at <= @now {only}
                              ORDER BY run_at, id LIMIT @limit {skipLocked})
                RETURNING id, business_id AS BusinessId, channel, address, text, attempts, lease_token AS LeaseToken
                """,
                new { owner, until = now + (long)lease.TotalMilliseconds, now, limit, onlyId }, t, cancellationToken: ct));
            return rows.OrderBy(r => r.Id).ToList();
        }, ct);

    /// <summary>Records the provider's id. False when the lease was lost (the row was rescued and belongs to someone else).</summary>
    public Task<bool> MarkSentAsync(ClaimedRow row, string owner, string providerId, CancellationToken ct) =>
        database.WriteAsync(async (c, t) =>
        {
            var now = time.NowMs();
            var updated = await c.ExecuteAsync(new CommandDefinition(
                """
                UPDATE messages SET provider_id = @providerId, sent_at = COALESCE(sent_at, @now),
                       status = CASE WHEN status = 'sending' THEN 'sent' ELSE status END,
                       error_code = NULL, error_reason = NULL, lease_owner = NULL, lease_until = NULL, updated_at = @now
                 WHERE id = @id AND lease_owner = @owner AND lease_token = @token
                """,
                new { providerId, now, id = row.Id, owner, token = row.LeaseToken }, t, cancellationToken: ct));
            if (updated == 1)
            {
                await StatusApplier.ApplyEarlyReportsAsync(c, t, row.Id, row.BusinessId, row.Channel, providerId, now);
            }
            return updated == 1;
        }, ct);

    /// <summary>Puts the row back in the queue until <paramref name="runAt"/>. A throttled retry gives its attempt back.</summary>
    public Task<bool> ScheduleRetryAsync(ClaimedRow row, string owner, DateTimeOffset runAt, string code, string reason, bool giveAttemptBack, CancellationToken ct) =>
        database.WriteAsync(async (c, t) => await c.ExecuteAsync(new CommandDefinition(
            """
            UPDATE messages SET status = 'queued', run_at = @runAt, attempts = attempts - @giveBack,
                   error_code = @code, error_reason = @reason, lease_owner = NULL, lease_until = NULL, updated_at = @now
             WHERE id = @id AND lease_owner = @owner AND lease_token = @token AND status = 'sending'
            """,
            new { runAt = runAt.Ms(), giveBack = giveAttemptBack ? 1 : 0, code, reason, now = time.NowMs(), id = row.Id, owner, token = row.LeaseToken },
            t, cancellationToken: ct)) == 1, ct);

    /// <summary>Ends the row as failed, with the provider's code and a reason a person can act on. The row stays visible.</summary>
    public Task<bool> MarkFailedAsync(ClaimedRow row, string owner, string code, string reason, CancellationToken ct) =>
        database.WriteAsync(async (c, t) =>
        {
            var now = time.NowMs();
            var failed = await c.ExecuteAsync(new CommandDefinition(
                """
                UPDATE messages SET status = 'failed', failed_at = @now, error_code = @code, error_reason = @reason,
                       lease_owner = NULL, lease_until = NULL, updated_at = @now
                 WHERE id = @id AND lease_owner = @owner AND lease_token = @token AND status = 'sending'
                """,
                new { now, code, reason, id = row.Id, owner, token = row.LeaseToken }, t, cancellationToken: ct)) == 1;
            if (failed)
            {
                // A chain waiting on this message moves on now rather than at the end of its wait.
                await ChainSignalStore.WakeChainOfMessageAsync(c, t, row.Id, now, ct);
            }
            return failed;
        }, ct);

    /// <summary>SQLite, at start: every lease not held by this boot belongs to a process that is gone. Release them at once.</summary>
    public Task<int> ReleaseOtherLeasesAsync(string owner, CancellationToken ct) =>
        database.WriteAsync((c, t) => c.ExecuteAsync(new CommandDefinition(
            """
            UPDATE messages SET status = 'queued', run_at = @now, lease_owner = NULL, lease_until = NULL, updated_at = @now
             WHERE status = 'sending' AND (lease_owner IS NULL OR lease_owner <> @owner)
            """,
            new { owner, now = time.NowMs() }, t, cancellationToken: ct)), ct);

    /// <summary>Any node, any time: rows whose lease ran out go back to the queue. Safe to run twice.</summary>
    public Task<int> RescueExpiredAsync(CancellationToken ct) =>
        database.WriteAsync((c, t) => c.ExecuteAsync(new CommandDefinition(
            """
            UPDATE messages SET status = 'queued', run_at = @now, lease_owner = NULL, lease_until = NULL,
                   error_reason = 'the sender stopped before finishing (lease expired)', updated_at = @now
             WHERE status = 'sending' AND lease_until < @now
            """,
            new { now = time.NowMs() }, t, cancellationToken: ct)), ct);

    /// <summary>When the next queued row falls due, so the dispatcher can sleep until then.</summary>
    public Task<DateTimeOffset?> NextDueAsync(CancellationToken ct) =>
        database.ReadAsync(async c =>
        {
            var ms = await c.ExecuteScalarAsync<long?>(new CommandDefinition(
                "SELECT MIN(run_at) FROM messages WHERE status = 'queued'", cancellationToken: ct));
            return ms is null ? (DateTimeOffset?)null : Clock.At(ms.Value);
        }, ct);
}
