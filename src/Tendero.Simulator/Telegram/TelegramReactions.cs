using System.Globalization;
using Tendero.Simulator.Infrastructure;

namespace Tendero.Simulator.Telegram;

/// <summary>
/// What the person in a chat does with a bot's message: reply with text, press the first callback button, both or neither.
/// Decided when the message is sent; done on the simulator's clock as updates like any other (webhook or getUpdates).
/// </summary>
internal sealed class TelegramReactions(SimContext context, TelegramInbound inbound)
{
    public void Start(TelegramBotState bot, long chatId, int messageId, bool hasCallbackButton, DateTimeOffset sentAt)
    {
        var address = chatId.ToString(CultureInfo.InvariantCulture);
        var providerId = string.Create(CultureInfo.InvariantCulture, $"{chatId}:{messageId}");
        var reply = context.People.Reply(address);
        var press = hasCallbackButton ? context.People.ButtonDelay(address) : null;
        if (reply is not null)
        {
            // Timers start now, so the reply is due at a fixed time however the background job is scheduled.
            var due = context.DelayAsync(reply.Delay, context.Stopping);
            context.Background(async ct =>
            {
                await due;
                var result = await inbound.ReplyAsync(bot, chatId, reply.Text, ct);
                context.Journal.Add(new PersonActionRecord(sentAt + reply.Delay, SimProvider.Telegram, PersonAction.Reply, address,
                    providerId, reply.Text) { InboundId = result.ProviderId });
            });
        }

        if (press is { } delay)
        {
            var due = context.DelayAsync(delay, context.Stopping);
            context.Background(async ct =>
            {
                await due;
                var pressed = await inbound.PressFirstButtonAsync(bot, chatId, messageId, ct);
                context.Journal.Add(new PersonActionRecord(sentAt + delay, SimProvider.Telegram, PersonAction.ButtonPress, address,
                    providerId, pressed?.Data)
                {
                    InboundId = pressed?.Result.ProviderId,
                    Note = pressed is null ? "the message no longer has a callback button" : null,
                });
            });
        }
    }
}
