using System.Text.Json.Serialization;

namespace Tendero.Agents.Conversation;

/// <summary>A time the book offered instead of the one asked for: yyyy-MM-dd and HH:mm, as the slots hold them.</summary>
public sealed record OfferedSlot(
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("time")] string Time);
