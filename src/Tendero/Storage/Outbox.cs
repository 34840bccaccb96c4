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
                                  priority, language, data, chain_id, idempotency_key, reply_to)
            VALUES (@businessId, @channel, 'out', @address, @kind, @text, 'queued', @lane, @now, @now, @now,
                    @priority, @language, @data, @chainId, @key, @replyTo)
            ON CONFLICT (business_id, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
            RETURNING id
            """,
            new
            {
                businessId = r.BusinessId, channel = r.To.Channel.Name(), address = r.To.Value, kind = r.Kind, text = r.Text,
                lane = LaneOf(r.BusinessId, r.To.Channel), now, priority = r.Priority, language = r.Language, data = r.DataJson,
                chainId = r.ChainId, key = r.IdempotencyKey, replyTo = r.ReplyTo,
            }, t, cancellationToken: ct));
        return id ?? await c.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT id FROM messages WHERE business_id = @businessId AND idempotency_key = @key",
            new { businessId = r.BusinessId, key = r.IdempotencyKey }, t, cancellationToken: ct));
    }

    /// <summary>Claims up to <paramref name="limit"/> due rows for <paramref name="owner"/> until the lease runs out.
    /// <paramref name="onlyId"/> restricts the claim to one message (the <c>send</c> command dispatches just its own).
    /// <paramref name="lane"/> restricts it to one lane, taken replies first (priority), then oldest due.
    /// <paramref name="notInLanes"/> takes instead the rows of any other lane: those no dispatcher serves (a business or channel that is gone).</summary>
    public Task<IReadOnlyList<ClaimedRow>> ClaimDueAsync(
        string owner, TimeSpan lease, int limit, CancellationToken ct, long? onlyId = null, string? lane = null, IReadOnlyCollection<string>? notInLanes = null) =>
        database.WriteAsync<IReadOnlyList<ClaimedRow>>(async (c, t) =>
        {
            var now = time.NowMs();
            // PostgreSQL nodes skip rows another node holds; SQLite has one writer, so nothing is locked to skip.
            var skipLocked = database.Dialect == Dialect.Postgres ? "FOR UPDATE SKIP LOCKED" : "";
            var notIn = " AND " + database.Dialect.InList("lane", "notInLanes", negate: true);
            var only = (onlyId is null ? "" : "AND id = @onlyId") + (lane is null ? "" : " AND lane = @lane") + (notInLanes is null ? "" : notIn);
            var order = lane is null ? "run_at, id" : "priority, run_at, id";
            // The lease token only ever grows: attempts can go down (a throttled retry gives one back, a dead letter
            // retried starts at 0), and a token reused with the same owner would let a stale sender complete the row.
            var rows = await c.QueryAsync<ClaimedRow>(new CommandDefinition(
                $"""
                UPDATE messages SET status = 'sending', attempts = attempts + 1, lease_token = lease_token + 1,
                       lease_owner = @owner, lease_until = @until, updated_at = @now
                 WHERE id IN (SELECT id FROM messages WHERE status = 'queued' AND run_at <= @now {only}
                              ORDER BY {order} LIMIT @limit {skipLocked})
                RETURNING id, business_id AS BusinessId, channel, address, text, attempts, lease_token AS LeaseToken,
                          kind, language, data, chain_id AS ChainId, priority
                """,
                new { owner, until = now + (long)lease.TotalMilliseconds, now, limit, onlyId, lane, notInLanes = notInLanes?.ToArray() }, t, cancellationToken: ct));
            return rows.OrderBy(r => r.Priority).ThenBy(r => r.Id).ToList();
        }, ct);

    /// <summary>Records the provider's id. False when the lease was lost (the row was rescued and belongs to someone else).</summary>
    public Task<bool> MarkSentAsync(ClaimedRow row, string owner, string providerId, CancellationToken ct, SendRecord? record = null) =>
        database.WriteAsync(async (c, t) =>
        {
            var now = time.NowMs();
            await StatusApplier.LockProviderIdAsync(c, t, row.BusinessId, row.Channel, providerId);
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
                if (record is not null)
                {
                    await RecordAsync(c, t, row, record, charged: true, now, ct);
                }
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
    public Task<bool> MarkFailedAsync(ClaimedRow row, string owner, string code, string reason, CancellationToken ct, SendRecord? record = null) =>
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
                if (record is not null)
                {
                    await RecordAsync(c, t, row, record, charged: false, now, ct);
                }
                // A chain waiting on this message moves on now rather than at the end of its wait.
                await ChainSignalStore.WakeChainOfMessageAsync(c, t, row.Id, now, ct);
            }
            return failed;
        }, ct);

    /// <summary>
    /// Puts claimed rows back, each due at its time, without using up an attempt: the lane or the recipient had no room
    /// for them yet (pacing), which is not a failure. One write for the whole round.
    /// </summary>
    public Task<int> DeferAsync(IReadOnlyList<(ClaimedRow Row, DateTimeOffset At)> rows, string owner, CancellationToken ct) =>
        database.WriteAsync(async (c, t) =>
        {
            var now = time.NowMs();
            var deferred = 0;
            foreach (var (row, at) in rows)
            {
                deferred += await c.ExecuteAsync(new CommandDefinition(
                    """
                    UPDATE messages SET status = 'queued', run_at = @runAt, attempts = attempts - 1, lease_owner = NULL, lease_until = NULL, updated_at = @now
                     WHERE id = @id AND lease_owner = @owner AND lease_token = @token AND status = 'sending'
                    """,
                    new { runAt = at.Ms(), now, id = row.Id, owner, token = row.LeaseToken }, t, cancellationToken: ct));
            }
            return deferred;
        }, ct);

    /// <summary>When the person last wrote to this business on this channel (the WhatsApp 24-hour window), if ever.</summary>
    public Task<DateTimeOffset?> LastInboundAsync(string businessId, string channel, string address, CancellationToken ct) =>
        database.ReadAsync(async c =>
        {
            var ms = await c.ExecuteScalarAsync<long?>(new CommandDefinition(
                "SELECT last_inbound_at FROM contacts WHERE business_id = @businessId AND channel = @channel AND address = @address",
                new { businessId, channel, address }, cancellationToken: ct));
            return ms is null ? (DateTimeOffset?)null : Clock.At(ms.Value);
        }, ct);

    // The template actually sent, the SMS segments, and the cost entry: one per message, replaced if a dead message is retried.
    private static async Task RecordAsync(DbConnection c, DbTransaction t, ClaimedRow row, SendRecord record, bool charged, long now, CancellationToken ct)
    {
        await c.ExecuteAsync(new CommandDefinition(
            "UPDATE messages SET template = @template, segments = @segments WHERE id = @id",
            new { template = record.Template, segments = record.Segments, id = row.Id }, t, cancellationToken: ct));
        if (record.Quote is not { } quote)
        {
            return;
        }
        var units = charged ? quote.Units : 0;
        await c.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO costs (business_id, source, message_id, channel, route, category, units, unit_micros, amount_micros, currency, note, created_at, updated_at)
            VALUES (@businessId, 'message', @messageId, @channel, @route, @category, @units, @unitMicros, @amount, @currency, @note, @now, @now)
            ON CONFLICT (message_id) WHERE message_id IS NOT NULL DO UPDATE SET route = excluded.route, category = excluded.category,
                units = excluded.units, unit_micros = excluded.unit_micros, amount_micros = excluded.amount_micros,
                currency = excluded.currency, note = excluded.note, updated_at = excluded.updated_at
            """,
            new
            {
                businessId = row.BusinessId, messageId = row.Id, channel = row.Channel, route = quote.Route, category = quote.Category,
                units, unitMicros = quote.UnitMicros, amount = checked(units * quote.UnitMicros), currency = quote.Currency,
                note = charged ? null : "not charged: it failed before the provider took it", now,
            }, t, cancellationToken: ct));
    }

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
    public Task<DateTimeOffset?> NextDueAsync(CancellationToken ct, string? lane = null) =>
        database.ReadAsync(async c =>
        {
            var ms = await c.ExecuteScalarAsync<long?>(new CommandDefinition(
                lane is null ? "SELECT MIN(run_at) FROM messages WHERE status = 'queued'"
                    : "SELECT MIN(run_at) FROM messages WHERE status = 'queued' AND lane = @lane",
                new { lane }, cancellationToken: ct));
            return ms is null ? (DateTimeOffset?)null : Clock.At(ms.Value);
        }, ct);
}
