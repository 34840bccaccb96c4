using System.Globalization;
using System.Text.Json;
using Tendero.Core;

namespace Tendero.Channels.Telegram;

/// <summary>
/// Turns one Telegram <c>Update</c> (a webhook body, or one getUpdates result re-serialised) into inbound messages.
/// An update carries at most one of its optional fields (https://core.telegram.org/bots/api#update); we read
/// message, edited_message and callback_query, and other kinds give an empty batch. Every field is checked: a body
/// we cannot understand throws <see cref="WebhookFormatException"/> naming the field.
/// </summary>
public static class TelegramParser
{
    /// <param name="receivedAt">When the update arrived: the time of a button press whose message is no longer accessible.</param>
    public static InboundBatch Parse(string businessId, ReadOnlyMemory<byte> body, DateTimeOffset receivedAt)
    {
        using (var document = WebhookJson.Parse(body))
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new WebhookFormatException("Expected a Telegram Update object.");
            }
            _ = TelegramJson.Int64(root, "update_id", "update_id");
            InboundMessage? message =
                root.TryGetProperty("message", out var m) ? Message(m, "message", edited: false)
                : root.TryGetProperty("edited_message", out var e) ? Message(e, "edited_message", edited: true)
                : root.TryGetProperty("callback_query", out var c) ? Callback(c, receivedAt)
                : null; // my_chat_member, channel_post, …: nothing a person wrote to us
            return new InboundBatch(businessId, message is null ? [] : [message], []);
        }
    }

    private static InboundMessage Message(JsonElement m, string field, bool edited)
    {
        TelegramJson.RequireObject(m, field);
        var chatId = ChatId(m, field);
        var messageId = TelegramJson.Int64(m, "message_id", $"{field}.message_id");
        var sentAt = TelegramJson.Epoch(m, "date", $"{field}.date");
        var providerId = $"{chatId}:{messageId.ToString(CultureInfo.InvariantCulture)}";
        if (edited)
        {
            // The edit keeps the original message_id: without the edit time it would be dropped as a duplicate of the original.
            var editedAt = TelegramJson.Epoch(m, "edit_date", $"{field}.edit_date");
            providerId += $":edit:{editedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}";
            sentAt = editedAt;
        }
        var text = TelegramJson.Str(m, "text");
        var person = m.TryGetProperty("from", out var from) ? from : m.GetProperty("chat");
        return new InboundMessage(
            ChannelKind.Telegram, providerId, chatId, Name(person), Language(person),
            edited ? "edited" : text is not null ? "text" : TelegramContent.KindOf(m),
            text ?? TelegramJson.Str(m, "caption"), sentAt, m.GetRawText());
    }

    // A button press on an inline keyboard (https://core.telegram.org/bots/api#callbackquery).
    private static InboundMessage Callback(JsonElement c, DateTimeOffset receivedAt)
    {
        TelegramJson.RequireObject(c, "callback_query");
        var id = TelegramJson.Required(c, "id", "callback_query.id");
        if (!c.TryGetProperty("from", out var from))
        {
            throw new WebhookFormatException("callback_query.from is missing.");
        }
        TelegramJson.RequireObject(from, "callback_query.from");
        var hasMessage = c.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.Object;
        var chatId = hasMessage
            ? ChatId(message, "callback_query.message")
            : TelegramJson.Int64(from, "id", "callback_query.from.id").ToString(CultureInfo.InvariantCulture);
        // An inaccessible (too old) message comes with date 0: then the press is as old as its arrival.
        var sentAt = hasMessage && message.TryGetProperty("date", out var d) && d.TryGetInt64(out var seconds) && seconds > 0
            ? TelegramJson.Epoch(message, "date", "callback_query.message.date")
            : receivedAt;
        return new InboundMessage(
            ChannelKind.Telegram, $"callback:{id}", chatId, Name(from), Language(from), "callback",
            TelegramJson.Str(c, "data") ?? TelegramJson.Str(c, "game_short_name"), sentAt, c.GetRawText());
    }

    // Chat.id may exceed 32 bits (and 53: never read it as a double): https://core.telegram.org/bots/api#chat
    private static string ChatId(JsonElement m, string field)
    {
        if (!m.TryGetProperty("chat", out var chat))
        {
            throw new WebhookFormatException($"{field}.chat is missing.");
        }
        TelegramJson.RequireObject(chat, $"{field}.chat");
        return TelegramJson.Int64(chat, "id", $"{field}.chat.id").ToString(CultureInfo.InvariantCulture);
    }

    private static string? Name(JsonElement person)
    {
        var name = $"{TelegramJson.Str(person, "first_name")} {TelegramJson.Str(person, "last_name")}".Trim();
        return name.Length > 0 ? name : TelegramJson.Str(person, "title");
    }

    // language_code is an IETF tag such as "es" or "pt-br"; Tendero answers in Spanish or English only.
    private static string? Language(JsonElement person) =>
        TelegramJson.Str(person, "language_code")?.Split('-')[0].ToLowerInvariant() switch
        {
            "es" => "es",
            "en" => "en",
            _ => null,
        };
}
