using System.Text.Json;

namespace Tendero.Channels.Telegram;

/// <summary>What a Telegram message without text carries (https://core.telegram.org/bots/api#message).</summary>
internal static class TelegramContent
{
    // Order matters where Telegram sends two fields for one thing: an animation also carries "document", and a venue
    // also carries "location" (both for clients that predate the newer field).
    private static readonly string[] Kinds =
    [
        "animation", "audio", "document", "paid_media", "photo", "sticker", "story", "video", "video_note", "voice",
        "checklist", "contact", "dice", "game", "poll", "venue", "location", "invoice", "successful_payment",
        "new_chat_members", "left_chat_member", "new_chat_title", "new_chat_photo", "pinned_message",
    ];

    /// <summary>The name of the first content field present, or "other" for a service message we do not know.</summary>
    public static string KindOf(JsonElement message) =>
        Kinds.FirstOrDefault(kind => message.TryGetProperty(kind, out _)) ?? "other";
}
