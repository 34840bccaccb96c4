namespace Tendero.Ai;

/// <summary>The intents Tendero understands. Anything else is <see cref="Other"/>.</summary>
public static class Intents
{
    public const string ReservationCreate = "reservation.create";
    public const string ReservationChange = "reservation.change";
    public const string ReservationCancel = "reservation.cancel";
    public const string InfoHours = "info.hours";
    public const string InfoLocation = "info.location";
    public const string InfoMenu = "info.menu";
    public const string OrderStatus = "order.status";
    public const string Complaint = "complaint";
    public const string Human = "human";
    public const string Greeting = "greeting";
    public const string Thanks = "thanks";
    public const string Ack = "ack";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All =
    [
        ReservationCreate, ReservationChange, ReservationCancel, InfoHours, InfoLocation, InfoMenu,
        OrderStatus, Complaint, Human, Greeting, Thanks, Ack, Other,
    ];

    public static bool IsKnown(string? intent) => intent is not null && All.Contains(intent);
}
