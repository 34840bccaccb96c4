using System.Globalization;
using Telegram.Bot.Exceptions;
using Tendero.Core;

namespace Tendero.Channels.Telegram;

/// <summary>
/// Which Bot API failures are worth retrying. Telegram answers errors as <c>{"ok":false,"error_code","description",
/// "parameters":{"retry_after"}}</c> (https://core.telegram.org/bots/api#making-requests); the SDK turns them into
/// <see cref="ApiRequestException"/>, and transport failures into <see cref="RequestException"/>.
/// </summary>
internal static class TelegramErrors
{
    /// <summary>Flood control without a retry_after (never seen, but the field is optional): wait a second.</summary>
    private static readonly TimeSpan DefaultFloodWait = TimeSpan.FromSeconds(1);

    /// <summary>The result for an exception from the SDK, or null when it is not an expected failure (a bug: let it throw).
    /// <paramref name="ct"/> is the caller's token: a cancellation it asked for is not a timeout.</summary>
    public static SendResult? Classify(Exception error, CancellationToken ct) => error switch
    {
        ApiRequestException api => FromApi(api),
        RequestException { InnerException: TaskCanceledException } or TaskCanceledException when !ct.IsCancellationRequested =>
            new SendResult.Retry("timeout", "the Bot API did not answer in time"),
        RequestException { InnerException: HttpRequestException inner } => Network(inner),
        HttpRequestException network => Network(network),
        // Non-JSON answers (a proxy's 502 page) and other transport trouble: nothing says it is permanent.
        RequestException other => new SendResult.Retry(
            other.HttpStatusCode is { } status ? ((int)status).ToString(CultureInfo.InvariantCulture) : "request",
            $"the Bot API call failed: {other.Message}"),
        _ => null,
    };

    private static SendResult FromApi(ApiRequestException e)
    {
        var code = e.ErrorCode.ToString(CultureInfo.InvariantCulture);
        var description = string.IsNullOrWhiteSpace(e.Message) ? "no description given" : e.Message;
        return e.ErrorCode switch
        {
            // Honour retry_after exactly: ignoring it gets the bot limited for longer (https://github.com/vanutp/tgbridge/pull/157).
            429 => new SendResult.Retry(code, description,
                e.Parameters?.RetryAfter is > 0 and var seconds ? TimeSpan.FromSeconds(seconds) : DefaultFloodWait, Throttled: true),
            >= 500 or 408 or < 400 => new SendResult.Retry(code, description),
            400 when e.Parameters?.MigrateToChatId is { } newId => new SendResult.Rejected(code,
                $"The group became a supergroup with chat id {newId.ToString(CultureInfo.InvariantCulture)}: send to telegram:{newId.ToString(CultureInfo.InvariantCulture)} instead. ({description})"),
            400 when description.Contains("chat not found", StringComparison.OrdinalIgnoreCase) => new SendResult.Rejected(code,
                $"Telegram does not know this chat: the person must open the bot and press Start before it can write to them. ({description})"),
            401 => new SendResult.Rejected(code,
                $"Telegram refused the bot token: get a new one from @BotFather and update the business's bot token. ({description})"),
            403 => new SendResult.Rejected(code,
                $"The person blocked the bot or removed it from the chat; it cannot write to them until they start it again. ({description})"),
            _ => new SendResult.Rejected(code, description),
        };
    }

    private static SendResult.Retry Network(HttpRequestException e) =>
        new("network", $"could not reach the Bot API: {e.Message}");
}
