using System.Text.Json.Serialization;

namespace Tendero.Agents.Conversation;

/// <summary>What the bot last asked, so a bare answer ("a las 9", "sí") can be read against it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PendingStep>))]
public enum PendingStep
{
    [JsonStringEnumMemberName("none")] None,
    [JsonStringEnumMemberName("date")] Date,
    [JsonStringEnumMemberName("time")] Time,
    [JsonStringEnumMemberName("party_size")] PartySize,
    [JsonStringEnumMemberName("name")] Name,

    /// <summary>Change or cancel: which day the existing booking is on.</summary>
    [JsonStringEnumMemberName("booking_date")] BookingDate,

    /// <summary>"What would you like to change?": after a "no" to the summary, or a change with no new values yet.</summary>
    [JsonStringEnumMemberName("change")] Change,

    /// <summary>The summary was sent; waiting for yes or no.</summary>
    [JsonStringEnumMemberName("confirmation")] Confirmation,

    /// <summary>The book refused the time and offered others (<see cref="ConversationState.Offers"/>): which one, or none.</summary>
    [JsonStringEnumMemberName("alternative")] Alternative,
}
