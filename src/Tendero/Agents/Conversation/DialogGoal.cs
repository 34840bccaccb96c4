using System.Text.Json.Serialization;
using Tendero.Ai;

namespace Tendero.Agents.Conversation;

/// <summary>The reservation intent a conversation is working on. Named like the intents on the wire.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DialogGoal>))]
public enum DialogGoal
{
    [JsonStringEnumMemberName("none")] None,
    [JsonStringEnumMemberName(Intents.ReservationCreate)] Create,

    /// <summary>Change an existing booking: <see cref="ReservationSlots.BookingDate"/> finds it, the other slots are the new values.</summary>
    [JsonStringEnumMemberName(Intents.ReservationChange)] Change,

    /// <summary>Cancel an existing booking: only <see cref="ReservationSlots.BookingDate"/> is used.</summary>
    [JsonStringEnumMemberName(Intents.ReservationCancel)] Cancel,
}
