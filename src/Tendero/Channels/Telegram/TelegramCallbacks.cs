using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Tendero.Config;
using Tendero.Core;
using Tendero.Storage;

namespace Tendero.Channels.Telegram;

/// <summary>
/// Answers the button presses that were just stored. Telegram shows a spinner on the button until the bot calls
/// answerCallbackQuery, "even if no notification to the user is needed" (https://core.telegram.org/bots/api#answercallbackquery).
/// Best effort and after the commit: the press is already safe, and a failed answer only leaves the spinner running.
/// </summary>
public sealed partial class TelegramCallbacks(TelegramClients clients, ILogger<TelegramCallbacks> log)
{
    private const string Prefix = "callback:";

    /// <summary>The data of an acknowledgement button ("ack:&lt;chain id&gt;"), which the sender puts on alerts.</summary>
    public const string AckPrefix = "ack:";

    public async Task AnswerAsync(TelegramAccount account, IngestResult stored, CancellationToken ct)
    {
        foreach (var press in stored.NewMessages.Where(m => m.Message.Kind == "callback" && m.Message.ProviderId.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            try
            {
                await clients.For(account).AnswerCallbackQuery(
                    press.Message.ProviderId[Prefix.Length..], AnswerText(press.Message), cancellationToken: ct);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                Log.AnswerFailed(log, press.Id, e.Message);
            }
        }
    }

    /// <summary>
    /// The short notice Telegram shows on top of the chat after a press: on an acknowledgement, so the person sees that
    /// it counted. In English only when Telegram says the person's app is in English; Spanish otherwise.
    /// </summary>
    internal static string? AnswerText(InboundMessage press) =>
        press.Text?.StartsWith(AckPrefix, StringComparison.Ordinal) != true && !Core.Chains.AckCodes.IsAnswerButton(press.Text) ? null
        : press.Language == "en" ? "✅ Received"
        : "✅ Recibido";

    private static partial class Log
    {
        [LoggerMessage(4130, LogLevel.Warning, "Could not answer the Telegram button press of message {MessageId}: {Reason}")]
        public static partial void AnswerFailed(ILogger log, long messageId, string reason);
    }
}
