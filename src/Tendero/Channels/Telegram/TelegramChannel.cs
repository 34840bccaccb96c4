using System.Globalization;
using Telegram.Bot;
using Tendero.Config;
using Tendero.Core;

namespace Tendero.Channels.Telegram;

/// <summary>
/// Telegram through the Telegram.Bot SDK (https://core.telegram.org/bots/api#sendmessage). Bots get no delivery or
/// read receipts, so "sent" is the last status a Telegram message ever reaches.
/// </summary>
public sealed class TelegramChannel(TelegramClients clients) : IChannel
{
    public ChannelKind Kind => ChannelKind.Telegram;

    public bool IsConfigured(BusinessConfig business) => business.Telegram is not null;

    public async Task<SendResult> SendAsync(BusinessConfig business, OutboundMessage message, CancellationToken ct)
    {
        var account = business.Telegram ?? throw new InvalidOperationException($"{business.Id} has no Telegram channel.");
        if (!long.TryParse(message.To.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chatId))
        {
            return new SendResult.Rejected("address", $"'{message.To.Value}' is not a Telegram chat id (a 64-bit number).");
        }
        if (TelegramKeyboard.Problem(message.Buttons) is { } problem)
        {
            return new SendResult.Rejected("buttons", problem);
        }
        try
        {
            var sent = await clients.For(account).SendMessage(
                chatId, message.Text, replyMarkup: TelegramKeyboard.For(message.Buttons), cancellationToken: ct);
            // message_id is only unique within a chat, so the chat travels with it.
            return new SendResult.Sent($"{chatId.ToString(CultureInfo.InvariantCulture)}:{sent.Id.ToString(CultureInfo.InvariantCulture)}");
        }
        catch (Exception e) when (TelegramErrors.Classify(e, ct) is { } result)
        {
            return result;
        }
    }
}
