using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tendero.Simulator.Telegram;

/// <summary>
/// Inline keyboards as types.InlineKeyboardMarkup / InlineKeyboardButton of api.json describe them: rows of buttons, each
/// with a text; a callback button's data is 1-64 bytes (https://core.telegram.org/bots/api#inlinekeyboardbutton).
/// </summary>
internal static class TelegramKeyboard
{
    private const int MaxCallbackDataBytes = 64;

    public static bool IsValid(JsonNode markup) => markup is JsonObject o && o["inline_keyboard"] switch
    {
        null => true,
        JsonArray rows => rows.All(row => row is JsonArray buttons && buttons.All(b => b is JsonObject button
            && button["text"] is JsonValue t && t.GetValueKind() == JsonValueKind.String)),
        _ => false,
    };

    /// <summary>False when a button's callback_data is not 1-64 bytes of text; Telegram answers BUTTON_DATA_INVALID.</summary>
    public static bool CallbackDataFits(JsonNode markup) => Buttons(markup).All(button => button["callback_data"] switch
    {
        null => true,
        JsonValue v when v.GetValueKind() == JsonValueKind.String =>
            Encoding.UTF8.GetByteCount(v.GetValue<string>()) is > 0 and <= MaxCallbackDataBytes,
        _ => false,
    });

    /// <summary>The callback_data of the first callback button, reading rows top to bottom; null when there is none.</summary>
    public static string? FirstCallbackData(JsonNode? markup) => markup is null ? null : Buttons(markup)
        .Select(button => button["callback_data"]).OfType<JsonValue>()
        .Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>()).FirstOrDefault();

    private static IEnumerable<JsonObject> Buttons(JsonNode markup) =>
        (markup["inline_keyboard"] as JsonArray ?? []).OfType<JsonArray>().SelectMany(row => row.OfType<JsonObject>());
}
