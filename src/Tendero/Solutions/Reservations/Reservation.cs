namespace Tendero.Solutions.Reservations;

/// <summary>
/// A booking as the restaurant's <c>Reservas</c> tab holds it. <see cref="Id"/> is Tendero's id for a booking it took,
/// or <c>sheet:{row}</c> for a row staff typed in by hand. <see cref="Status"/> is one of <see cref="ReservationStatus"/>.
/// </summary>
public sealed record Reservation
{
    public required string Id { get; init; }
    public required string Business { get; init; }
    public required DateOnly Date { get; init; }
    public required TimeOnly Time { get; init; }
    public required int PartySize { get; init; }
    public string Name { get; init; } = "";
    /// <summary>The customer's address on <see cref="Channel"/> (E.164 for WhatsApp and SMS, the chat id on Telegram).</summary>
    public string Phone { get; init; } = "";
    public string Channel { get; init; } = "";
    /// <summary>Free text: dietary needs, allergies, the occasion.</summary>
    public string Notes { get; init; } = "";
    public string Status { get; init; } = ReservationStatus.Confirmed;

    /// <summary>True while the booking holds seats (confirmed or seated).</summary>
    public bool HoldsSeats => Status is ReservationStatus.Confirmed or ReservationStatus.Seated;
}

/// <summary>The states a booking goes through. The sheet shows them in the business's language (see the book).</summary>
public static class ReservationStatus
{
    public const string Confirmed = "confirmed";
    public const string Cancelled = "cancelled";
    public const string Seated = "seated";
    public const string NoShow = "no_show";
}
