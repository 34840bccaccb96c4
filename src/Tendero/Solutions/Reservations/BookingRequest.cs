namespace Tendero.Solutions.Reservations;

/// <summary>A new booking as the customer asked for it. The phone and channel come from the conversation.</summary>
public sealed record BookingRequest
{
    public required DateOnly Date { get; init; }
    public required TimeOnly Time { get; init; }
    public required int PartySize { get; init; }
    public required string Name { get; init; }
    public required string Phone { get; init; }
    public required string Channel { get; init; }
    /// <summary>Dietary needs, allergies, the occasion; empty when none.</summary>
    public string Notes { get; init; } = "";
}

/// <summary>What to change on an existing booking; a null field keeps its value.</summary>
public sealed record BookingChange
{
    public DateOnly? Date { get; init; }
    public TimeOnly? Time { get; init; }
    public int? PartySize { get; init; }
    public string? Name { get; init; }
    public string? Notes { get; init; }
}

/// <summary>A time the restaurant can seat the party instead of the one asked for.</summary>
public sealed record SlotOffer(DateOnly Date, TimeOnly Time);

/// <summary>
/// The answer to a booking or a change: <see cref="Booked"/> when it holds seats, otherwise <see cref="Refusal"/> says
/// why (one of <see cref="BookingRefusal"/>) and <see cref="Alternatives"/> holds the nearest times that would fit,
/// nearest first (empty when none fit that day or the next).
/// </summary>
public sealed record BookingOutcome(Reservation? Booked, string? Refusal, IReadOnlyList<SlotOffer> Alternatives)
{
    public static BookingOutcome Success(Reservation r) => new(r, null, []);
    public static BookingOutcome Refused(string why, IReadOnlyList<SlotOffer> alternatives) => new(null, why, alternatives);
}

/// <summary>Why a booking or change was refused.</summary>
public static class BookingRefusal
{
    /// <summary>Not enough seats left in the slot.</summary>
    public const string NoSeats = "no_seats";
    /// <summary>The kitchen's covers per 15 minutes would be exceeded.</summary>
    public const string KitchenFull = "kitchen_full";
    /// <summary>The restaurant is closed then (outside opening hours, or the last seating has passed).</summary>
    public const string Closed = "closed";
    /// <summary>The time is in the past.</summary>
    public const string Past = "past";
    /// <summary>Larger than any table the restaurant can seat at once.</summary>
    public const string TooLarge = "too_large";
    /// <summary>No booking with that id (or it is cancelled).</summary>
    public const string NotFound = "not_found";
}

/// <summary>A dish on the <c>Menú</c> tab. Ingredients and allergens are as staff wrote them, split on commas.</summary>
public sealed record MenuDish(string Name, IReadOnlyList<string> Ingredients, IReadOnlyList<string> Allergens);
