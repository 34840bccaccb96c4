using System.Globalization;
using System.Text.Json.Nodes;
using Tendero.Simulator.Infrastructure;

namespace Tendero.Simulator.Telegram;

/// <summary>A customer writing to a bot or pressing an inline button: makes the update and posts it or queues it for getUpdates.</summary>
internal sealed class TelegramInbound(SimContext context, WebhookSender sender)
{
    public Task<InboundResult> SendTextAsync(TelegramBotState bot, long chatId, string firstName, string? languageCode, string text,
        CancellationToken ct)
    {
        TelegramUpdate update;
        lock (bot.Gate)
        {
            var chat = bot.CustomerChat(chatId, firstName, languageCode);
            var message = TelegramJson.Message(chat.NextMessageId++, chat.CustomerJson(), chat.ToJson(), context.Now, text, null);
            update = bot.NewUpdate("message", message);
        }

        return DeliverAsync(update, "message", ct);
    }

    public Task<InboundResult> SendCallbackAsync(TelegramBotState bot, long chatId, int botMessageId, string data, CancellationToken ct)
    {
        TelegramUpdate update;
        lock (bot.Gate)
        {
            var chat = bot.FindChat(chatId, context.Behaviour.KnownTelegramChats)
                ?? throw new ArgumentException($"Chat {chatId} never talked to this bot.", nameof(chatId));
            var message = chat.BotMessages.GetValueOrDefault(botMessageId)
                ?? throw new ArgumentException($"The bot sent no message {botMessageId} to chat {chatId}.", nameof(botMessageId));
            var id = context.Random.Digits(19);
            bot.OpenCallbacks.Add(id);
            update = bot.NewUpdate("callback_query", new JsonObject
            {
                ["id"] = id,
                ["from"] = chat.CustomerJson(),
                ["message"] = message.DeepClone(),
                ["chat_instance"] = chat.ChatInstance,
                ["data"] = data,
            });
        }

        return DeliverAsync(update, "callback_query", ct);
    }

    private async Task<InboundResult> DeliverAsync(TelegramUpdate update, string kind, CancellationToken ct)
    {
        var id = update.UpdateId.ToString(CultureInfo.InvariantCulture);
        if (update.WebhookUrl is null)
        {
            return new InboundResult(id, null);
        }

        var request = TelegramWebhook.Build(update, update.WebhookUrl, update.SecretToken, kind, context.Behaviour.WebhookAttempts);
        return new InboundResult(id, await sender.SendAsync(request, ct));
    }
}
