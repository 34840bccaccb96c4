using System.Globalization;
using Tendero.Solutions.Reservations;

namespace Tendero.Api;

/// <summary>A booking as the API shows it: the date as ISO, the time as 24-hour <c>20:30</c>, the status as a word.</summary>
public sealed record ReservationView(
    string Id, string Date, string Time, int PartySize, string Name, string Phone, string Channel, string Notes, string Status, bool HoldsSeats)
{
    public static ReservationView From(Reservation r) => new(
        r.Id, r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Time.ToString("HH:mm", CultureInfo.InvariantCulture),
        r.PartySize, r.Name, r.Phone, r.Channel, r.Notes, r.Status, r.HoldsSeats);
}

/// <summary>One day of a restaurant's book.</summary>
public sealed record ReservationDay(string Business, string Date, int Covers, IReadOnlyList<ReservationView> Reservations);
