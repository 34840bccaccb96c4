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

    /// <summary>The person in a chat the bot wrote to answers with text, under the name the chat already has.</summary>
    public Task<InboundResult> ReplyAsync(TelegramBotState bot, long chatId, string text, CancellationToken ct)
    {
        string firstName;
        string? languageCode;
        lock (bot.Gate)
        {
            var chat = Chat(bot, chatId);
            (firstName, languageCode) = (chat.FirstName, chat.LanguageCode);
        }

        return SendTextAsync(bot, chatId, firstName, languageCode, text, ct);
    }

    public Task<InboundResult> SendCallbackAsync(TelegramBotState bot, long chatId, int botMessageId, string data, CancellationToken ct)
    {
        TelegramUpdate update;
        lock (bot.Gate)
        {
            var chat = Chat(bot, chatId);
            update = CallbackUpdate(bot, chat, BotMessage(chat, botMessageId), data);
        }

        return DeliverAsync(update, "callback_query", ct);
    }

    /// <summary>Presses the first callback button the message has now; null when it has none (any more).</summary>
    public async Task<(InboundResult Result, string Data)?> PressFirstButtonAsync(TelegramBotState bot, long chatId, int botMessageId,
        CancellationToken ct)
    {
        TelegramUpdate update;
        string? data;
        lock (bot.Gate)
        {
            var chat = Chat(bot, chatId);
            var message = BotMessage(chat, botMessageId);
            data = TelegramKeyboard.FirstCallbackData(message["reply_markup"]);
            if (data is null)
            {
                return null;
            }

            update = CallbackUpdate(bot, chat, message, data);
        }

        return (await DeliverAsync(update, "callback_query", ct), data);
    }

    /// <summary>A callback_query as the Bot API sends it: id, from, the bot's message (keyboard included), chat_instance, data.</summary>
    private TelegramUpdate CallbackUpdate(TelegramBotState bot, TelegramChat chat, JsonObject message, string data)
    {
        var id = context.Random.Digits(19);
        bot.OpenCallbacks.Add(id);
        return bot.NewUpdate("callback_query", new JsonObject
        {
            ["id"] = id,
            ["from"] = chat.CustomerJson(),
            ["message"] = message.DeepClone(),
            ["chat_instance"] = chat.ChatInstance,
            ["data"] = data,
        });
    }

    private TelegramChat Chat(TelegramBotState bot, long chatId) => bot.FindChat(chatId, context.Behaviour.KnownTelegramChats)
        ?? throw new ArgumentException($"Chat {chatId} never talked to this bot.", nameof(chatId));

    private static JsonObject BotMessage(TelegramChat chat, int botMessageId) => chat.BotMessages.GetValueOrDefault(botMessageId)
        ?? throw new ArgumentException($"The bot sent no message {botMessageId} to chat {chat.Id}.", nameof(botMessageId));

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
