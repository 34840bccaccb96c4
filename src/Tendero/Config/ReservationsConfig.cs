namespace Tendero.Config;

/// <summary>
/// The <c>reservations:</c> section: the restaurant-reservations solution. Its tabs are names under <c>sheets:</c>,
/// its printer a name under <c>printers:</c>, its reminder policy a name under <c>policies:</c>.
/// </summary>
public sealed record ReservationsConfig
{
    /// <summary>The <c>sheets:</c> tab holding bookings (Fecha, Hora, Nombre, Personas, Teléfono, Canal, Notas, Estado).</summary>
    public string BookingsTab { get; init; } = "reservas";

    /// <summary>The tab with opening hours, seats per slot and the kitchen's covers per 15 minutes.</summary>
    public string CapacityTab { get; init; } = "capacidad";

    /// <summary>The tab with dishes, ingredients and allergens.</summary>
    public string MenuTab { get; init; } = "menu";

    /// <summary>The kitchen printer (a name under <c>printers:</c>); null when the kitchen gets no tickets.</summary>
    public string? KitchenPrinter { get; init; }

    /// <summary>A party this large or larger prints a ticket, as does any booking with an allergy.</summary>
    public int TicketFromParty { get; init; } = 8;

    /// <summary>Local time the evening's prep summary prints (covers per slot, every allergy); null for none.</summary>
    public TimeOnly? PrepSummaryAt { get; init; } = new(17, 0);

    /// <summary>Local time the day's reminders go out; null for none.</summary>
    public TimeOnly? ReminderAt { get; init; } = new(10, 0);

    /// <summary>The fallback policy reminders are sent through (a name under <c>policies:</c>).</summary>
    public string ReminderPolicy { get; init; } = "reservation-reminder";

    /// <summary>Staff ids (from <c>staff:</c>) who may use /hoy, /mañana and mark a party seated or a no-show; empty for all staff.</summary>
    public IReadOnlyList<string> Staff { get; init; } = [];
}
