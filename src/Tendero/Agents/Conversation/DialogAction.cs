using System.Text.Json.Serialization;

namespace Tendero.Agents.Conversation;

/// <summary>Something the runtime must do beyond sending the replies. JSON carries a <c>type</c> name.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ReservationRequested), "reservation_requested")]
[JsonDerivedType(typeof(HandoffRequested), "handoff_requested")]
public abstract record DialogAction
{
    private DialogAction() { }

    /// <summary>The customer confirmed a summary. The reservations side checks capacity, finds the booking by phone
    /// (change, cancel) and sends the final confirmation; the dialog only told the customer the request is registered.</summary>
    public sealed record ReservationRequested(
        [property: JsonPropertyName("goal")] DialogGoal Goal,
        [property: JsonPropertyName("slots")] ReservationSlots Slots) : DialogAction;

    /// <summary>A person should take over. <paramref name="Intent"/> is the intent that caused it (complaint, human, order.status).</summary>
    public sealed record HandoffRequested(
        [property: JsonPropertyName("reason")] string Reason,
        [property: JsonPropertyName("intent")] string Intent) : DialogAction;
}
