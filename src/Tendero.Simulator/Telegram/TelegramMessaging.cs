using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tendero.Simulator.Infrastructure;

namespace Tendero.Simulator.Telegram;

/// <summary><c>sendMessage</c> and <c>answerCallbackQuery</c>. Bots get no delivery or read statuses, so none are sent.</summary>
internal sealed class TelegramMessaging(SimContext context, TelegramReactions reactions)
{
    private const int MaxTextLength = 4096;

    public async Task<SimReply?> SendMessageAsync(TelegramBotState bot, TelegramArgs args, Dictionary<string, string?> fields,
        CancellationToken requestAborted)
    {
        fields["chat_id"] = args.String("chat_id");
        fields["text"] = args.String("text");
        switch (FaultGate.Draw(context))
        {
            case FaultOutcome.ServerError:
                return TelegramJson.Error(502, "Bad Gateway");
            case FaultOutcome.Timeout:
                return await FaultGate.HoldAsync(context, requestAborted) ? TelegramJson.Error(502, "Bad Gateway") : null;
            case FaultOutcome.RateLimited:
                var after = (int)Math.Ceiling(context.Faults.RetryAfter.TotalSeconds);
                return TelegramJson.Error(429, $"Too Many Requests: retry after {after}", after);
        }

        var text = args.String("text");
        if (!args.Has("chat_id"))
        {
            return TelegramJson.BadRequest("chat_id is empty");
        }

        if (string.IsNullOrEmpty(text))
        {
            return TelegramJson.BadRequest("message text is empty");
        }

        if (text.Length > MaxTextLength)
        {
            return TelegramJson.BadRequest("message is too long");
        }

        JsonNode? markup;
        try
        {
            markup = args.Object("reply_markup");
        }
        catch (JsonException)
        {
            markup = JsonValue.Create("unparseable");
        }

        if (markup is not null && !TelegramKeyboard.IsValid(markup))
        {
            return TelegramJson.BadRequest("can't parse reply keyboard markup JSON object");
        }

        if (markup is not null && !TelegramKeyboard.CallbackDataFits(markup))
        {
            return TelegramJson.BadRequest("BUTTON_DATA_INVALID");
        }

        return Send(bot, args.Long("chat_id"), text, markup);
    }

    public SimReply AnswerCallbackQuery(TelegramBotState bot, TelegramArgs args, Dictionary<string, string?> fields)
    {
        var id = args.String("callback_query_id");
        fields["callback_query_id"] = id;
        fields["text"] = args.String("text");
        if (string.IsNullOrEmpty(id))
        {
            return TelegramJson.BadRequest("callback_query_id is empty");
        }

        lock (bot.Gate)
        {
            // A query can be answered once, and only one that was really sent to the bot.
            return bot.OpenCallbacks.Remove(id)
                ? TelegramJson.Ok(true)
                : TelegramJson.BadRequest("query is too old and response timeout expired or query ID is invalid");
        }
    }

    private SimReply Send(TelegramBotState bot, long? chatId, string text, JsonNode? markup)
    {
        var now = context.Now;
        JsonObject message;
        int messageId;
        lock (bot.Gate)
        {
            // Telegram also accepts "@channelusername"; the simulator knows only numeric chats.
            var chat = chatId is long id ? bot.FindChat(id, context.Behaviour.KnownTelegramChats) : null;
            if (chat is null)
            {
                return TelegramJson.BadRequest("chat not found");
            }

            var wait = Max(chat.Bucket.WaitForToken(), bot.Bucket.WaitForToken());
            if (wait > TimeSpan.Zero)
            {
                var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
                return TelegramJson.Error(429, $"Too Many Requests: retry after {seconds}", seconds);
            }

            chat.Bucket.Take();
            bot.Bucket.Take();
            messageId = chat.NextMessageId++;
            message = TelegramJson.Message(messageId, bot.BotUser(), chat.ToJson(), now, text, markup);
            chat.BotMessages[messageId] = message;
        }

        var providerId = string.Create(CultureInfo.InvariantCulture, $"{chatId}:{message["message_id"]}");
        context.Journal.Add(new OutboundMessageRecord(SimProvider.Telegram, providerId, bot.Bot.BotId.ToString(CultureInfo.InvariantCulture),
            chatId!.Value.ToString(CultureInfo.InvariantCulture), "text", text, null, null, now)
        {
            ReplyMarkup = markup?.ToJsonString(),
        });
        reactions.Start(bot, chatId!.Value, messageId, TelegramKeyboard.FirstCallbackData(markup) is not null, now);
        return TelegramJson.Ok(message.DeepClone());
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
