namespace Tendero.Config;

/// <summary>
/// The <c>assistant:</c> section: when present, the conversation agents answer inbound texts instead of the fixed
/// <c>auto_reply</c>. Texts are by language ("es", "en").
/// </summary>
public sealed record AssistantConfig
{
    /// <summary>Opening hours, as the business says them ("Martes a domingo, 12:00–23:00").</summary>
    public IReadOnlyDictionary<string, string> Hours { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> Location { get; init; } = new Dictionary<string, string>();

    /// <summary>A short description of the menu, or where to find it.</summary>
    public IReadOnlyDictionary<string, string> Menu { get; init; } = new Dictionary<string, string>();

    /// <summary>A conversation with no message for this long starts afresh. Default 2 hours.</summary>
    public TimeSpan IdleExpiry { get; init; } = TimeSpan.FromHours(2);

    /// <summary>Staff ids (from <c>staff:</c>) who get conversations handed off to a person.</summary>
    public IReadOnlyList<string> HandoffTo { get; init; } = [];
}
