using System.Text.Json;

namespace Tendero.Channels.Telegram;

/// <summary>Checked reads of Bot API JSON, each failure naming the field.</summary>
internal static class TelegramJson
{
    public static void RequireObject(JsonElement e, string field)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new WebhookFormatException($"{field} must be an object.");
        }
    }

    public static long Int64(JsonElement e, string name, string field) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var value)
            ? value
            : throw new WebhookFormatException($"{field} is missing or not an integer.");

    // Bot API dates are Unix seconds as an integer.
    public static DateTimeOffset Epoch(JsonElement e, string name, string field)
    {
        var seconds = Int64(e, name, field);
        return seconds is >= 0 and < 100_000_000_000
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : throw new WebhookFormatException($"{field} must be epoch seconds, not {seconds}.");
    }

    public static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static string Required(JsonElement e, string name, string field) =>
        Str(e, name) is { Length: > 0 } value ? value : throw new WebhookFormatException($"{field} is missing or not a string.");
}
