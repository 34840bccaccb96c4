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
}
