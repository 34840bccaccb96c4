using System.Data.Common;
using Dapper;
using Tendero.Storage;

namespace Tendero.Reports;

/// <summary>
/// The reservations solution's figures for a month, read only when its table exists (the solution brings it with its own
/// migration). The table's columns are looked up first, so a database without the solution gives null, not an error.
/// </summary>
internal static class ReservationReader
{
    public static async Task<ReservationFigures?> ReadAsync(DbConnection c, Dialect dialect, string businessId, ReportMonth month, CancellationToken ct)
    {
        var columns = (await c.QueryAsync<string>(new CommandDefinition(dialect == Dialect.Postgres
            ? "SELECT column_name FROM information_schema.columns WHERE table_name = 'reservations' AND table_schema = current_schema()"
            : "SELECT name FROM pragma_table_info('reservations')", cancellationToken: ct))).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var business = new[] { "business_id", "business" }.FirstOrDefault(columns.Contains);
        var date = new[] { "date", "day", "reserved_for" }.FirstOrDefault(columns.Contains);
        if (business is null || date is null || !columns.Contains("status"))
        {
            return null;
        }
        var guests = columns.Contains("party_size") ? "party_size" : "0";
        // The date may be TEXT (yyyy-MM-dd) or a DATE: its first seven characters as text are the month either way.
        var rows = await c.QueryAsync<StatusRow>(new CommandDefinition(
            $"""
            SELECT status AS Status, COUNT(*) AS Count, SUM({guests}) AS Guests FROM reservations
             WHERE {business} = @b AND SUBSTR(CAST({date} AS TEXT), 1, 7) = @month GROUP BY status
            """, new { b = businessId, month = month.ToString() }, cancellationToken: ct));
        var byStatus = rows.ToDictionary(r => r.Status, StringComparer.OrdinalIgnoreCase);
        int Count(string status) => (int)(byStatus.TryGetValue(status, out var r) ? r.Count : 0);
        return new ReservationFigures(
            Bookings: (int)byStatus.Values.Sum(r => r.Count),
            Cancelled: Count("cancelled"),
            NoShows: Count("no_show"),
            Seated: Count("seated"),
            Guests: byStatus.Where(kv => !kv.Key.Equals("cancelled", StringComparison.OrdinalIgnoreCase)).Sum(kv => kv.Value.Guests ?? 0));
    }

    private sealed class StatusRow
    {
        public string Status { get; set; } = "";
        public long Count { get; set; }
        public long? Guests { get; set; }
    }
}
