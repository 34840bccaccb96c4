using System.Text.Json.Serialization;

namespace Tendero.Ai;

/// <summary>
/// What an inbound text means: the structured answer every tier gives for <see cref="ModelPurpose.Classify"/>.
/// On the wire (model JSON, events) it is snake_case:
/// <c>{"intent":"reservation.create","confidence":0.93,"language":"es","slots":{"date":"2026-11-27","time":"20:00","party_size":4,"name":null,"dietary":[]}}</c>.
/// </summary>
public sealed record Understanding
{
    /// <summary>One of <see cref="Intents.All"/>.</summary>
    [JsonPropertyName("intent")]
    public required string Intent { get; init; }

    /// <summary>0 to 1: how sure the tier is of <see cref="Intent"/>. Low values escalate to the smart tier.</summary>
    [JsonPropertyName("confidence")]
    public double Confidence { get; init; }

    /// <summary>"es" or "en": the language the customer wrote in (the one to answer in).</summary>
    [JsonPropertyName("language")]
    public required string Language { get; init; }

    [JsonPropertyName("slots")]
    public Slots Slots { get; init; } = new();
}

/// <summary>The facts a message carries. Every field is optional; absent means "not said in this message".</summary>
public sealed record Slots
{
    /// <summary>ISO date (yyyy-MM-dd), resolved in the business's time zone relative to the message time.</summary>
    [JsonPropertyName("date")]
    public string? Date { get; init; }

    /// <summary>24-hour time, HH:mm.</summary>
    [JsonPropertyName("time")]
    public string? Time { get; init; }

    [JsonPropertyName("party_size")]
    public int? PartySize { get; init; }

    /// <summary>The name a booking is under, as written ("Ana", "John Smith").</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Dietary needs in the customer's words, normalised to lower case: "sin gluten", "vegano", "alergia al maní".</summary>
    [JsonPropertyName("dietary")]
    public IReadOnlyList<string> Dietary { get; init; } = [];
}
