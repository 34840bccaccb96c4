using System.Data.Common;
using Dapper;
using Tendero.Storage;

namespace Tendero.Connectors.Sheets;

/// <summary>
/// The durable queue of sheet writes (<c>sheet_writes</c>). Claimed under a lease, oldest first, and never past an older
/// write of the same tab that is still waiting or held elsewhere, so a tab's writes land in order. Completion, retry
/// and death are fenced by the lease token, so a write rescued from a dead node is never completed twice.
/// </summary>
public sealed class SheetWriteStore(IDatabase database, TimeProvider time)
{
    /// <summary>Queues inside the caller's transaction (an agent's outcome). False when the dedupe key was queued before.</summary>
    public static async Task<bool> EnqueueAsync(DbConnection c, DbTransaction t, SheetWrite w, long now, CancellationToken ct) =>
        await c.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO sheet_writes (business_id, tab, op, key_column, key_value, cell_values, dedupe_key, state, next_at, created_at)
            VALUES (@BusinessId, @Tab, @op, @KeyColumn, @Key, @values, @DedupeKey, 'pending', @now, @now)
            ON CONFLICT (dedupe_key) DO NOTHING
            """,
            new { w.BusinessId, w.Tab, op = w.Op == SheetOp.Append ? "append" : "update", w.KeyColumn, w.Key, values = SheetValues.Write(w.Values), w.DedupeKey, now },
            t, cancellationToken: ct)) > 0;

    public Task<bool> EnqueueAsync(SheetWrite write, CancellationToken ct) =>
        database.WriteAsync((c, t) => EnqueueAsync(c, t, write, time.NowMs(), ct), ct);

    /// <summary>Whether any write whose dedupe key starts with <paramref name="prefix"/> was ever queued (inside a transaction).</summary>
    public static async Task<bool> AnyWithPrefixAsync(DbConnection c, DbTransaction t, string prefix, CancellationToken ct)
    {
        var pattern = prefix.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal) + "%";
        return await c.ExecuteScalarAsync<long>(new CommandDefinition(
            @"SELECT COUNT(*) FROM sheet_writes WHERE dedupe_key LIKE @pattern ESCAPE '\'", new { pattern }, t, cancellationToken: ct)) > 0;
    }

    public Task<IReadOnlyList<ClaimedSheetWrite>> ClaimDueAsync(string owner, TimeSpan lease, int limit, CancellationToken ct) =>
        database.WriteAsync<IReadOnlyList<ClaimedSheetWrite>>(async (c, t) =>
        {
            var now = time.NowMs();
            var skipLocked = database.Dialect == Dialect.Postgres ? "FOR UPDATE OF w SKIP LOCKED" : "";
            var rows = await c.QueryAsync<Row>(new CommandDefinition(
                $"""
                UPDATE sheet_writes SET lease_token = lease_token + 1, lease_owner = @owner, lease_until = @until
                 WHERE id IN (SELECT w.id FROM sheet_writes w
                               WHERE w.state = 'pending' AND w.next_at <= @now AND (w.lease_until IS NULL OR w.lease_until < @now)
                                 AND NOT EXISTS (SELECT 1 FROM sheet_writes e
                                                  WHERE e.business_id = w.business_id AND e.tab = w.tab AND e.state = 'pending' AND e.id < w.id
                                                    AND (e.next_at > @now OR e.lease_until >= @now))
                               ORDER BY w.id LIMIT @limit {skipLocked})
                RETURNING id AS Id, lease_token AS LeaseToken, attempts AS Attempts, business_id AS BusinessId, tab AS Tab, op AS Op,
                          key_column AS KeyColumn, key_value AS KeyValue, cell_values AS CellValues, dedupe_key AS DedupeKey
                """,
                new { owner, until = now + (long)lease.TotalMilliseconds, now, limit }, t, cancellationToken: ct));
            return rows.OrderBy(r => r.Id).Select(r => new ClaimedSheetWrite(r.Id, r.LeaseToken, r.Attempts,
                new SheetWrite(r.BusinessId, r.Tab, r.Op == "update" ? SheetOp.Update : SheetOp.Append, SheetValues.Read(r.CellValues),
                    r.DedupeKey, r.KeyColumn, r.KeyValue))).ToList();
        }, ct);

    public Task<int> MarkDoneAsync(IEnumerable<ClaimedSheetWrite> rows, string owner, CancellationToken ct) =>
        SetAsync(rows, owner, "done", time.NowMs(), null, false, ct);

    /// <summary>Back to the queue at <paramref name="at"/>; a quota refusal (429) does not use up an attempt.</summary>
    public Task<int> ScheduleRetryAsync(IEnumerable<ClaimedSheetWrite> rows, string owner, DateTimeOffset at, string error, bool countAttempt, CancellationToken ct) =>
        SetAsync(rows, owner, "pending", at.Ms(), error, countAttempt, ct);

    public Task<int> MarkDeadAsync(IEnumerable<ClaimedSheetWrite> rows, string owner, string error, CancellationToken ct) =>
        SetAsync(rows, owner, "dead", time.NowMs(), error, true, ct);

    private Task<int> SetAsync(IEnumerable<ClaimedSheetWrite> rows, string owner, string state, long at, string? error, bool countAttempt, CancellationToken ct)
    {
        var list = rows.Select(r => new { r.Id, r.LeaseToken, owner, state, at, error = Truncate(error), add = countAttempt ? 1 : 0 }).ToList();
        return list.Count == 0 ? Task.FromResult(0) : database.WriteAsync((c, t) => c.ExecuteAsync(new CommandDefinition(
            """
            UPDATE sheet_writes SET state = @state, attempts = attempts + @add, error = @error, lease_owner = NULL, lease_until = NULL,
                   next_at = CASE WHEN @state = 'pending' THEN @at ELSE next_at END,
                   done_at = CASE WHEN @state = 'pending' THEN NULL ELSE @at END
             WHERE id = @Id AND lease_token = @LeaseToken AND lease_owner = @owner AND state = 'pending'
            """, list, t, cancellationToken: ct)), ct);
    }

    /// <summary>When the next write falls due (the worker's sleep bound), or null when nothing waits.</summary>
    public Task<DateTimeOffset?> NextDueAsync(CancellationToken ct) =>
        database.ReadAsync(async c => await c.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT MIN(CASE WHEN lease_until IS NOT NULL AND lease_until > next_at THEN lease_until ELSE next_at END) FROM sheet_writes WHERE state = 'pending'",
            cancellationToken: ct)) is { } ms ? Clock.At(ms) : (DateTimeOffset?)null, ct);

    /// <summary>On SQLite at start: leases left by an earlier boot belong to a dead process; free them at once.</summary>
    public Task<int> ReleaseOtherLeasesAsync(string owner, CancellationToken ct) =>
        database.WriteAsync((c, t) => c.ExecuteAsync(new CommandDefinition(
            "UPDATE sheet_writes SET lease_owner = NULL, lease_until = NULL WHERE state = 'pending' AND lease_owner IS NOT NULL AND lease_owner <> @owner",
            new { owner }, t, cancellationToken: ct)), ct);

    private static string? Truncate(string? text) => text is { Length: > 500 } ? text[..500] : text;

    private sealed class Row
    {
        public long Id { get; init; }
        public long LeaseToken { get; init; }
        public long Attempts { get; init; }
        public string BusinessId { get; init; } = "";
        public string Tab { get; init; } = "";
        public string Op { get; init; } = "";
        public string? KeyColumn { get; init; }
        public string? KeyValue { get; init; }
        public string CellValues { get; init; } = "";
        public string DedupeKey { get; init; } = "";
    }
}
