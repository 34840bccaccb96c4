namespace Tendero.Solutions.Reservations;

/// <summary>
/// The <c>Reservas</c> and <c>Capacidad</c> tabs as read at <see cref="ReadAtMs"/>: the bookings (every status), where
/// each field's column is, the tab's sheet name (for writes) and the capacity per day.
/// </summary>
public sealed record BookSheet(
    string Business, string TabName, BookingColumns Columns, IReadOnlyList<Reservation> Bookings, CapacityTable Capacity, long ReadAtMs);
