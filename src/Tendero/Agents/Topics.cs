namespace Tendero.Agents;

/// <summary>The event topics agents publish and consume. Payloads are JSON objects (see each producer).</summary>
public static class Topics
{
    /// <summary>A customer's text arrived (published by the inbox for businesses with an <c>assistant:</c>).</summary>
    public const string MessageReceived = "message.received";

    /// <summary>The parser understood a message: intent, confidence, slots, language, and the tier that answered.</summary>
    public const string IntentDetected = "intent.detected";

    /// <summary>A customer asked for a person, or complained: staff take over the conversation.</summary>
    public const string HandoffRequested = "handoff.requested";

    /// <summary>Staff hand a conversation back to the bot.</summary>
    public const string HandoffReleased = "handoff.released";

    /// <summary>A customer confirmed a booking request (create, change or cancel); the reservations solution acts on it.</summary>
    public const string ReservationRequested = "reservation.requested";

    /// <summary>A booking is confirmed (the reservations solution accepted it); printers, sheets and actions act on it.</summary>
    public const string ReservationConfirmed = "reservation.confirmed";
    /// <summary>A ticket for a kitchen printer (<see cref="KitchenTicketPayload"/>); the printer agent queues it once per dedupe id.</summary>
    public const string KitchenTicket = "kitchen.ticket";

    /// <summary>A guest tapped Confirm or Cancel on a day-of reminder, or answered its SMS with 1 or 2 (<see cref="Solutions.Reservations.ReminderAnswered"/>).</summary>
    public const string ReminderAnswered = "reservation.answered";

    /// <summary>A member of staff typed a reservations command such as /hoy or /sentado 3 (<see cref="Solutions.Reservations.StaffCommand"/>).</summary>
    public const string StaffCommand = "staff.command";
}
