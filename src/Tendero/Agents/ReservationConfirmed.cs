using System.Text.Json.Serialization;

namespace Tendero.Agents;

/// <summary>
/// The payload of <see cref="Topics.ReservationConfirmed"/>: a reservation as it now stands. The same reservation is
/// published again when it changes (a new <see cref="Status"/>, a higher <see cref="Version"/>); publish with
/// order key <c>{business}/reservation/{id}</c> so its changes are handled in order.
/// </summary>
public sealed record ReservationConfirmed
{
    [JsonPropertyName("reservation_id")] public required string ReservationId { get; init; }
    [JsonPropertyName("business")] public required string Business { get; init; }
    /// <summary>ISO date, <c>2026-11-26</c>.</summary>
    [JsonPropertyName("date")] public required string Date { get; init; }
    /// <summary>24-hour time, <c>20:30</c>.</summary>
    [JsonPropertyName("time")] public required string Time { get; init; }
    [JsonPropertyName("party_size")] public required int PartySize { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("phone")] public string? Phone { get; init; }
    [JsonPropertyName("channel")] public string? Channel { get; init; }
    [JsonPropertyName("notes")] public string? Notes { get; init; }
    /// <summary>confirmed, cancelled, seated, no_show, …</summary>
    [JsonPropertyName("status")] public required string Status { get; init; }
    /// <summary>The reservation's version, when the producer keeps one; otherwise the status tells changes apart.</summary>
    [JsonPropertyName("version")] public long? Version { get; init; }

    public static string OrderKey(string businessId, string reservationId) => $"{businessId}/reservation/{reservationId}";
}
