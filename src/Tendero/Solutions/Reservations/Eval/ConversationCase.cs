using System.Text.Json.Serialization;

namespace Tendero.Solutions.Reservations.Eval;

/// <summary>
/// One scripted conversation of <c>data/reservations/conversations.jsonl</c>: who writes (language, channel), when,
/// what the book holds before, the customer's messages in order, and the booking state it must end in.
/// </summary>
public sealed record ConversationCase
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("lang")] public string Lang { get; init; } = "es";
    /// <summary>whatsapp, telegram or sms: the phone is the channel's address.</summary>
    [JsonPropertyName("channel")] public string Channel { get; init; } = "whatsapp";
    /// <summary>When the first message is written, with the business's offset.</summary>
    [JsonPropertyName("now")] public required DateTimeOffset Now { get; init; }
    [JsonPropertyName("setup")] public CaseSetup Setup { get; init; } = new();
    [JsonPropertyName("messages")] public required IReadOnlyList<string> Messages { get; init; }
    [JsonPropertyName("expect")] public required CaseExpectation Expect { get; init; }
}

/// <summary>The book before the conversation: full slots ("2026-11-27T20:00") and this customer's existing bookings.</summary>
public sealed record CaseSetup
{
    [JsonPropertyName("full")] public IReadOnlyList<string> Full { get; init; } = [];
    [JsonPropertyName("existing")] public IReadOnlyList<CaseBooking> Existing { get; init; } = [];
}

public sealed record CaseBooking
{
    [JsonPropertyName("date")] public required string Date { get; init; }
    [JsonPropertyName("time")] public required string Time { get; init; }
    [JsonPropertyName("party_size")] public int PartySize { get; init; }
    [JsonPropertyName("name")] public string Name { get; init; } = "";
}

/// <summary>
/// The state the conversation must end in. <c>booked</c>: exactly one booking held for the customer, with these values
/// (after a change, its new values). <c>cancelled</c>: none held, one cancelled. <c>none</c>: the book as it was.
/// <c>handoff</c>: the book as it was, and staff have the conversation. <c>menu</c>: the book as it was, and the answer
/// names every dish of <c>safe</c> and none of <c>unsafe</c>.
/// </summary>
public sealed record CaseExpectation
{
    [JsonPropertyName("outcome")] public required string Outcome { get; init; }
    [JsonPropertyName("date")] public string? Date { get; init; }
    [JsonPropertyName("time")] public string? Time { get; init; }
    [JsonPropertyName("party_size")] public int? PartySize { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("safe")] public IReadOnlyList<string> Safe { get; init; } = [];
    [JsonPropertyName("unsafe")] public IReadOnlyList<string> Unsafe { get; init; } = [];
}
