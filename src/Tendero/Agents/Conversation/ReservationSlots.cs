using System.Text.Json.Serialization;

namespace Tendero.Agents.Conversation;

/// <summary>
/// The facts collected so far for the open goal, already checked (valid ISO date, HH:mm time, party size above 0).
/// For <see cref="DialogGoal.Change"/> the date, time, party size, name and dietary notes are the <em>new</em> values.
/// </summary>
public sealed record ReservationSlots
{
    /// <summary>yyyy-MM-dd.</summary>
    [JsonPropertyName("date")]
    public string? Date { get; init; }

    /// <summary>HH:mm, 24-hour.</summary>
    [JsonPropertyName("time")]
    public string? Time { get; init; }

    [JsonPropertyName("party_size")]
    public int? PartySize { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Accumulates across messages ("sin gluten", then "también vegano").</summary>
    [JsonPropertyName("dietary")]
    public IReadOnlyList<string> Dietary { get; init; } = [];

    /// <summary>Change and cancel: the day of the existing booking (yyyy-MM-dd). The booking itself is found by phone later.</summary>
    [JsonPropertyName("booking_date")]
    public string? BookingDate { get; init; }
}
