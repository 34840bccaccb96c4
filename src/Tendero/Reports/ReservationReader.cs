using System.Data.Common;
using Dapper;
using Tendero.Solutions.Reservations;

namespace Tendero.Reports;

/// <summary>
/// The reservations solution's figures for a month, from Tendero's own record of its bookings (<c>reservations</c>,
/// migration 0008): bookings dated in the month, by status, and the guests they held. Rows staff typed into the sheet
/// by hand are not in it. Null for a business that has taken no booking in the month.
/// </summary>
internal static class ReservationReader
{
    public static async Task<ReservationFigures?> ReadAsync(DbConnection c, string businessId, ReportMonth month, CancellationToken ct)
    {
        // day is TEXT yyyy-MM-dd: its first seven characters are the month.
        var rows = (await c.QueryAsync<StatusRow>(new CommandDefinition(
            """
            SELECT status AS Status, COUNT(*) AS Count, SUM(party_size) AS Guests FROM reservations
             WHERE business_id = @b AND SUBSTR(day, 1, 7) = @month GROUP BY status
            """, new { b = businessId, month = month.ToString() }, cancellationToken: ct))).ToList();
        if (rows.Count == 0)
        {
            return null;
        }
        var byStatus = rows.ToDictionary(r => r.Status, StringComparer.OrdinalIgnoreCase);
        int Count(string status) => (int)(byStatus.TryGetValue(status, out var r) ? r.Count : 0);
        return new ReservationFigures(
            Bookings: (int)rows.Sum(r => r.Count),
            Cancelled: Count(ReservationStatus.Cancelled),
            NoShows: Count(ReservationStatus.NoShow),
            Seated: Count(ReservationStatus.Seated),
            Guests: rows.Where(r => r.Status != ReservationStatus.Cancelled).Sum(r => r.Guests ?? 0));
    }

    private sealed class StatusRow
    {
        public string Status { get; set; } = "";
        public long Count { get; set; }
        public long? Guests { get; set; }
    }
}
