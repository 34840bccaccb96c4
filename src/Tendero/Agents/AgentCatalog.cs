namespace Tendero.Agents;

/// <summary>
/// Which agent listens to which topic. Every process knows the whole catalog, so publishing an event creates work for
/// each subscriber even when that agent runs in another process (or is not running at all yet: its work waits).
/// </summary>
public static class AgentCatalog
{
    public const string Parser = "parser";
    public const string Conversation = "conversation";
    public const string Handoff = "handoff";
    public const string Printer = "printer";

    /// <summary>Calls the webhooks and SOAP operations of each business's <c>actions:</c> section.</summary>
    public const string Actions = "actions";
    public const string SheetWriter = "sheet-writer";

    /// <summary>Carries a customer's confirmed booking, change or cancel to the reservation book and answers with its decision.</summary>
    public const string Reservations = "reservations";

    /// <summary>Kitchen tickets for bookings with an allergy or a large party, and their cancellations.</summary>
    public const string Kitchen = "kitchen";

    /// <summary>Answers to reservation reminders and staff's /hoy, /mañana, /sentado and /noshow.</summary>
    public const string ReservationDesk = "reservation-desk";

    /// <summary>Runs fallback chains (the delivery engine's chain runner); it consumes timer rows, not topics.</summary>
    public const string Notifier = "notifier";

    private static readonly Dictionary<string, string[]> Subscriptions = new()
    {
        [Parser] = [Topics.MessageReceived],
        [Conversation] = [Topics.IntentDetected, Topics.HandoffReleased],
        [Handoff] = [Topics.HandoffRequested],
        [Notifier] = [],
        // Subscriptions are static, so the actions agent takes every business event an action may name.
        [Actions] = [Topics.ReservationConfirmed, Topics.ReservationRequested, Topics.HandoffRequested],
        [Printer] = [Topics.KitchenTicket],
        [SheetWriter] = [Topics.ReservationConfirmed],
        [Reservations] = [Topics.ReservationRequested],
        [Kitchen] = [Topics.ReservationConfirmed],
        [ReservationDesk] = [Topics.ReminderAnswered, Topics.StaffCommand],
    };

    public static IReadOnlyCollection<string> All => Subscriptions.Keys;

    public static IEnumerable<string> SubscribersOf(string topic) =>
        Subscriptions.Where(s => s.Value.Contains(topic)).Select(s => s.Key);

    public static IReadOnlyList<string> TopicsOf(string agent) => Subscriptions.GetValueOrDefault(agent) ?? [];

    public static bool IsKnown(string agent) => Subscriptions.ContainsKey(agent);
}
