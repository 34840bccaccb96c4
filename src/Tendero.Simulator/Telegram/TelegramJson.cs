using System.Text.Json.Nodes;
using Tendero.Simulator.Infrastructure;

namespace Tendero.Simulator.Telegram;

/// <summary>Bot API answers: <c>{"ok":true,"result":…}</c> or <c>{"ok":false,"error_code":N,"description":…}</c> with HTTP status N.</summary>
internal static class TelegramJson
{
    public static SimReply Ok(JsonNode? result) => new(200, new JsonObject { ["ok"] = true, ["result"] = result });

    public static SimReply Error(int code, string description, int? retryAfter = null)
    {
        var body = new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description };
        if (retryAfter is int seconds)
        {
            body["parameters"] = new JsonObject { ["retry_after"] = seconds };
        }

        return new SimReply(code, body, code);
    }

    public static SimReply BadRequest(string what) => Error(400, "Bad Request: " + what);

    public static JsonObject Message(int messageId, JsonObject from, JsonObject chat, DateTimeOffset at, string text, JsonNode? replyMarkup)
    {
        var message = new JsonObject
        {
            ["message_id"] = messageId,
            ["from"] = from,
            ["chat"] = chat,
            ["date"] = SimJson.Epoch(at),
            ["text"] = text,
        };
        if (replyMarkup is not null)
        {
            message["reply_markup"] = replyMarkup.DeepClone();
        }

        return message;
    }
}
