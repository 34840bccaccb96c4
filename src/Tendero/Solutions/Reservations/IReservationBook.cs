namespace Tendero.Solutions.Reservations;

/// <summary>
/// The restaurant's bookings, read from (and written to) its own sheet. The sheet wins: every read re-reads it, so a
/// change staff made by hand is seen by the next booking, and Tendero never overwrites a cell a person changed.
/// </summary>
public interface IReservationBook
{
    /// <summary>The day's bookings as the sheet holds them now, every status included, ordered by time.</summary>
    Task<IReadOnlyList<Reservation>> DayAsync(string business, DateOnly date, CancellationToken ct);

    /// <summary>
    /// Sets a booking's status (a cancel frees its seats at once), writes it to the sheet and publishes
    /// <c>reservation.confirmed</c> with the new status. Returns the booking as it now stands, or null when there is none.
    /// </summary>
    Task<Reservation?> SetStatusAsync(string business, string reservationId, string status, CancellationToken ct);

    /// <summary>
    /// Books a table: re-reads the sheet, checks opening hours, seats in the slot and the kitchen's load, and takes the
    /// seats so that of two customers racing for the last table exactly one gets it. A booking is written to the
    /// <c>Reservas</c> tab and published as <c>reservation.confirmed</c>.
    /// </summary>
    Task<BookingOutcome> BookAsync(string business, BookingRequest request, CancellationToken ct);

    /// <summary>Moves or amends a booking, checking capacity as <see cref="BookAsync"/> does (its own seats excepted).</summary>
    Task<BookingOutcome> ChangeAsync(string business, string reservationId, BookingChange change, CancellationToken ct);

    /// <summary>The bookings holding seats for this phone (or chat id) on that day, as the sheet holds them now.</summary>
    Task<IReadOnlyList<Reservation>> FindAsync(string business, string phone, DateOnly date, CancellationToken ct);

    /// <summary>The <c>Menú</c> tab as staff keep it.</summary>
    Task<IReadOnlyList<MenuDish>> MenuAsync(string business, CancellationToken ct);
}
