using System.Text.Json;
using System.Text.Json.Serialization;
using Tendero.Ai;

namespace Tendero.Agents;

/// <summary>The payload of <see cref="Topics.MessageReceived"/>: a customer's text, as the inbox stored it.</summary>
public sealed record MessageReceived
{
    [JsonPropertyName("message_id")] public required long MessageId { get; init; }
    [JsonPropertyName("channel")] public required string Channel { get; init; }
    [JsonPropertyName("address")] public required string Address { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("text")] public required string Text { get; init; }
    /// <summary>When the customer wrote it (the provider's time when known).</summary>
    [JsonPropertyName("at")] public required DateTimeOffset At { get; init; }
}

/// <summary>The payload of <see cref="Topics.IntentDetected"/>: the message and what it means.</summary>
public sealed record IntentDetected
{
    [JsonPropertyName("message")] public required MessageReceived Message { get; init; }
    [JsonPropertyName("understanding")] public required Understanding Understanding { get; init; }
    [JsonPropertyName("tier")] public required string Tier { get; init; }
}

/// <summary>The payload of <see cref="Topics.HandoffRequested"/> and <see cref="Topics.HandoffReleased"/>.</summary>
public sealed record HandoffPayload
{
    [JsonPropertyName("conversation_id")] public required long ConversationId { get; init; }
    [JsonPropertyName("channel")] public required string Channel { get; init; }
    [JsonPropertyName("address")] public required string Address { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("text")] public string? Text { get; init; }
    [JsonPropertyName("reason")] public string? Reason { get; init; }
}

/// <summary>
/// The payload of <see cref="Topics.KitchenTicket"/>: which printer (a name under the business's <c>printers:</c>), the
/// ticket (see <see cref="Connectors.EscPos.TicketReader"/>), and the producer's dedupe id: the same id prints once.
/// </summary>
public sealed record KitchenTicketPayload
{
    [JsonPropertyName("printer")] public required string Printer { get; init; }
    [JsonPropertyName("ticket")] public required JsonElement Ticket { get; init; }
    [JsonPropertyName("dedupe_id")] public string? DedupeId { get; init; }
}

public static class Payloads
{
    public static string Write<T>(T payload) => JsonSerializer.Serialize(payload);

    /// <summary>Reads a payload; a malformed one is a defect in its producer, reported with the topic.</summary>
    public static T Read<T>(AgentEvent e) =>
        JsonSerializer.Deserialize<T>(e.Payload) ?? throw new JsonException($"The {e.Topic} event {e.Id} has an empty payload.");

    public static string OrderKey(string businessId, string channel, string address) => $"{businessId}/{channel}/{address}";
}
