using System.Data.Common;
using System.Globalization;
using Dapper;
using Tendero.Storage;

namespace Tendero.Solutions.Reservations;

/// <summary>
/// The book's own record of the bookings Tendero took (<c>reservations</c>) and the per-day row every booking of a day
/// updates first (<c>reservation_days</c>). All of it runs inside the caller's transaction.
/// </summary>
public sealed class ReservationStore(Dialect dialect)
{
    /// <summary>The dedupe-key prefix of the book's sheet writes and events for a business: <c>book:{business}:{id}:{version}</c>.</summary>
    public static string KeyPrefix(string business) => $"book:{business}:";

    /// <summary>
    /// Takes the day: on PostgreSQL the upsert's row lock is held to commit, so a second booking of that day waits and
    /// then sees the first one's row; on SQLite the single writer already serialises. Returns the day's new version.
    /// </summary>
    public static Task<long> LockDayAsync(DbConnection c, DbTransaction t, string business, DateOnly day, CancellationToken ct) =>
        c.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO reservation_days (business_id, day, version) VALUES (@business, @day, 1)
            ON CONFLICT (business_id, day) DO UPDATE SET version = reservation_days.version + 1
            RETURNING version
            """, new { business, day = Iso(day) }, t, cancellationToken: ct));

    /// <summary>
    /// Ids of bookings whose sheet write has not landed yet, or landed after <paramref name="sinceMs"/> (so possibly after
    /// the sheet was read): for those, our row is newer than what the sheet showed.
    /// </summary>
    public async Task<IReadOnlySet<string>> UnsyncedAsync(DbConnection c, DbTransaction? t, string business, long sinceMs, CancellationToken ct)
    {
        var prefix = KeyPrefix(business);
        var keys = await c.QueryAsync<string>(new CommandDefinition(
            """
            SELECT dedupe_key FROM sheet_writes
             WHERE business_id = @business AND substr(dedupe_key, 1, @length) = @prefix
               AND (state = 'pending' OR done_at >= @sinceMs)
            """, new { business, prefix, length = prefix.Length, sinceMs }, t, cancellationToken: ct));
        return keys.Select(k => k[prefix.Length..k.LastIndexOf(':')]).ToHashSet(StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<(Reservation Booking, long Version)>> LoadAsync(
        DbConnection c, DbTransaction? t, string business, IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        var rows = await c.QueryAsync<Row>(new CommandDefinition(
            $"""
            SELECT id AS Id, day AS Day, at_time AS AtTime, party_size AS PartySize, name AS Name, phone AS Phone, channel AS Channel,
                   notes AS Notes, status AS Status, version AS Version
              FROM reservations WHERE business_id = @business AND {dialect.InList("id", "ids")}
            """, new { business, ids = ids.ToArray() }, t, cancellationToken: ct));
        return [.. rows.Select(r => (r.ToReservation(business), r.Version))];
    }

    /// <summary>The stored version of a booking, or 0 when Tendero never wrote it (a row typed by hand or seeded).</summary>
    public static async Task<long> VersionAsync(DbConnection c, DbTransaction t, string business, string id, CancellationToken ct) =>
        await c.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT version FROM reservations WHERE business_id = @business AND id = @id", new { business, id }, t, cancellationToken: ct)) ?? 0;

    /// <summary>Inserts or replaces our row of a booking at <paramref name="version"/>.</summary>
    public static Task SaveAsync(DbConnection c, DbTransaction t, Reservation r, long version, long now, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO reservations (business_id, id, day, at_time, party_size, name, phone, channel, notes, status, version, created_at, updated_at)
            VALUES (@Business, @Id, @day, @time, @PartySize, @Name, @Phone, @Channel, @Notes, @Status, @version, @now, @now)
            ON CONFLICT (business_id, id) DO UPDATE SET day = excluded.day, at_time = excluded.at_time, party_size = excluded.party_size,
                   name = excluded.name, phone = excluded.phone, channel = excluded.channel, notes = excluded.notes,
                   status = excluded.status, version = excluded.version, updated_at = excluded.updated_at
            """,
            new { r.Business, r.Id, day = Iso(r.Date), time = Hhmm(r.Time), PartySize = (long)r.PartySize, r.Name, r.Phone, r.Channel, r.Notes, r.Status, version, now },
            t, cancellationToken: ct));

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Hhmm(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private sealed class Row
    {
        public string Id { get; init; } = "";
        public string Day { get; init; } = "";
        public string AtTime { get; init; } = "";
        public long PartySize { get; init; }
        public string Name { get; init; } = "";
        public string Phone { get; init; } = "";
        public string Channel { get; init; } = "";
        public string Notes { get; init; } = "";
        public string Status { get; init; } = "";
        public long Version { get; init; }

        public Reservation ToReservation(string business) => new()
        {
            Id = Id, Business = business,
            Date = DateOnly.ParseExact(Day, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Time = TimeOnly.ParseExact(AtTime, "HH:mm", CultureInfo.InvariantCulture),
            PartySize = (int)PartySize, Name = Name, Phone = Phone, Channel = Channel, Notes = Notes, Status = Status,
        };
    }
}
