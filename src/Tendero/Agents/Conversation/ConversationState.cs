using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tendero.Agents.Conversation;

/// <summary>
/// Where one customer's conversation stands between two messages. The runtime saves it with <see cref="ToJson"/> and
/// passes it back to <see cref="Dialog.Next"/> with the next message. Every turn returns a new one.
/// </summary>
public sealed record ConversationState
{
    /// <summary>The shape written today. Bump it when the shape changes, and upgrade older ones in <see cref="FromJson"/>.</summary>
    public const int CurrentVersion = 1;

    [JsonPropertyName("version")]
    public required int Version { get; init; }

    /// <summary>"es" or "en": the language of the customer's latest message, and of our replies.</summary>
    [JsonPropertyName("language")]
    public required string Language { get; init; }

    [JsonPropertyName("mode")]
    public DialogMode Mode { get; init; }

    [JsonPropertyName("goal")]
    public DialogGoal Goal { get; init; }

    [JsonPropertyName("slots")]
    public ReservationSlots Slots { get; init; } = new();

    [JsonPropertyName("pending")]
    public PendingStep Pending { get; init; }

    /// <summary>The times the book offered instead of the one asked for, while <see cref="Pending"/> is <see cref="PendingStep.Alternative"/>.</summary>
    [JsonPropertyName("offers")]
    public IReadOnlyList<OfferedSlot> Offers { get; init; } = [];

    [JsonPropertyName("last_inbound_at")]
    public required DateTimeOffset LastInboundAt { get; init; }

    /// <summary>Inbound messages seen, including the ones answered by staff during a handoff.</summary>
    [JsonPropertyName("turns")]
    public int Turns { get; init; }

    // Integers for enums are refused: a stored "mode": 1 would silently mean something else after a reorder.
    private static readonly JsonSerializerOptions Json = new()
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false) },
    };

    public static ConversationState Start(string language, DateTimeOffset now) =>
        new() { Version = CurrentVersion, Language = language, LastInboundAt = now };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a saved state.</summary>
    /// <exception cref="FormatException">Not JSON, not an object, a field missing or of the wrong kind, or a newer version.</exception>
    public static ConversationState FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        ConversationState? state;
        try
        {
            state = JsonSerializer.Deserialize<ConversationState>(json, Json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"The saved conversation state is not valid: {e.Message}", e);
        }

        if (state is null)
            throw new FormatException("The saved conversation state is JSON null; expected an object with a version.");
        if (state.Version is < 1 or > CurrentVersion)
            throw new FormatException(
                $"The saved conversation state has version {state.Version}; this build reads versions 1 to {CurrentVersion}.");
        if (string.IsNullOrWhiteSpace(state.Language))
            throw new FormatException("The saved conversation state has an empty language.");
        return state;
    }
}
