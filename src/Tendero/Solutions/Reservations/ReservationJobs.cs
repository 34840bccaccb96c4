using System.Data.Common;
using System.Text.Json;
using Dapper;
using Tendero.Storage;

namespace Tendero.Solutions.Reservations;

/// <summary>
/// The reservations solution's durable marks (table <c>reservation_jobs</c>): which day's prep summary printed, which
/// bookings were reminded and through which chain, and (table <c>staff_lists</c>) the last list each member of staff saw.
/// A mark is inserted in the transaction that does the work, so two nodes or a restart never do it twice.
/// </summary>
public sealed class ReservationJobs(IDatabase database, TimeProvider time)
{
    public const string Prep = "prep";
    public const string Reminder = "reminder";
    /// <summary>Every reminder of the day has been started.</summary>
    public const string Reminders = "reminders";

    /// <summary>The references of a day's marks of one kind (every reminded booking's id, or "" for a day's job).</summary>
    public Task<IReadOnlySet<string>> DoneAsync(string business, DateOnly day, string kind, CancellationToken ct) =>
        database.ReadAsync<IReadOnlySet<string>>(async c => (await c.QueryAsync<string>(new CommandDefinition(
            "SELECT ref FROM reservation_jobs WHERE business_id = @business AND day = @day AND kind = @kind",
            new { business, day = Day(day), kind }, cancellationToken: ct))).ToHashSet(StringComparer.Ordinal), ct);

    /// <summary>Inserts a mark; false when it was there already (the work is someone else's, or done).</summary>
    public static async Task<bool> MarkAsync(DbConnection c, DbTransaction t, string business, DateOnly day, string kind, string reference,
        long? chainId, string? personId, long now, CancellationToken ct) =>
        await c.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO reservation_jobs (business_id, day, kind, ref, chain_id, person_id, created_at)
            VALUES (@business, @day, @kind, @reference, @chainId, @personId, @now)
            ON CONFLICT (business_id, day, kind, ref) DO NOTHING
            """, new { business, day = Day(day), kind, reference, chainId, personId, now }, t, cancellationToken: ct)) > 0;

    public Task<bool> MarkAsync(string business, DateOnly day, string kind, string reference, long? chainId, string? personId, CancellationToken ct) =>
        database.WriteAsync((c, t) => MarkAsync(c, t, business, day, kind, reference, chainId, personId, time.NowMs(), ct), ct);

    /// <summary>Remembers the list a member of staff was just shown, line 1 first.</summary>
    public static Task SaveListAsync(DbConnection c, DbTransaction t, string business, string address, DateOnly day, IReadOnlyList<string> ids, long now, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO staff_lists (business_id, address, day, ids, updated_at) VALUES (@business, @address, @day, @ids, @now)
            ON CONFLICT (business_id, address) DO UPDATE SET day = excluded.day, ids = excluded.ids, updated_at = excluded.updated_at
            """, new { business, address, day = Day(day), ids = JsonSerializer.Serialize(ids), now }, t, cancellationToken: ct));

    /// <summary>The reservation id on line <paramref name="line"/> (1-based) of the last list this member of staff saw, if any.</summary>
    public Task<string?> LineAsync(string business, string address, int line, CancellationToken ct) =>
        database.ReadAsync(async c =>
        {
            var ids = await c.ExecuteScalarAsync<string?>(new CommandDefinition(
                "SELECT ids FROM staff_lists WHERE business_id = @business AND address = @address", new { business, address }, cancellationToken: ct));
            var list = ids is null ? [] : JsonSerializer.Deserialize<List<string>>(ids) ?? [];
            return line >= 1 && line <= list.Count ? list[line - 1] : null;
        }, ct);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
