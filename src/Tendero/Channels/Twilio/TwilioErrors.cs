using System.Globalization;
using Newtonsoft.Json;
using Twilio.Exceptions;
using Tendero.Core;

namespace Tendero.Channels.Twilio;

/// <summary>
/// Which Twilio failures are worth retrying, by Twilio error code first (https://www.twilio.com/docs/api/errors) and
/// HTTP status second. The SDK raises <see cref="ApiException"/> for error answers and
/// <see cref="ApiConnectionException"/> when no answer came, or when <see cref="TwilioRetryAfterClient"/> kept the
/// answer's Retry-After. Codes are shared by messages and calls (21211 is a bad 'To' for both).
/// </summary>
internal static class TwilioErrors
{
    /// <summary>The wait after a 20429 ("safe to retry after backing off") that came without a Retry-After header.</summary>
    private static readonly TimeSpan ThrottleWait = TimeSpan.FromSeconds(1);

    /// <summary>The result for an exception from the SDK, or null when it is not an expected failure (a bug: let it throw).
    /// <paramref name="ct"/> is the caller's token: a cancellation it asked for is not a timeout.</summary>
    public static SendResult? Classify(Exception error, CancellationToken ct) => error switch
    {
        ApiException api => FromAnswer(api.Code, api.Status, Describe(api.Message, api.MoreInfo)),
        ApiStandardException standard => FromAnswer(standard.Code, standard.Status, Describe(standard.Detail ?? standard.Title ?? standard.Message, standard.Type)),
        ApiConnectionException { InnerException: TwilioRetryAfterException answer } => FromAnswer(answer),
        ApiConnectionException { InnerException: TaskCanceledException } or TaskCanceledException when !ct.IsCancellationRequested =>
            new SendResult.Retry("timeout", "Twilio did not answer in time"),
        ApiConnectionException connection => new SendResult.Retry("network", $"could not reach Twilio: {connection.InnerException?.Message ?? connection.Message}"),
        HttpRequestException network => new SendResult.Retry("network", $"could not reach Twilio: {network.Message}"),
        _ => null,
    };

    public static SendResult FromAnswer(int code, int status, string reason)
    {
        // The SDK reports 0/0 when the answer was not Twilio's JSON (a proxy's error page): nothing says it is permanent.
        var name = (code != 0 ? code : status != 0 ? status : (int?)null)?.ToString(CultureInfo.InvariantCulture) ?? "twilio";
        return code switch
        {
            20429 => new SendResult.Retry(name, reason, ThrottleWait, Throttled: true),
            _ when status == 429 => new SendResult.Retry(name, reason, ThrottleWait, Throttled: true),
            // Queue overflow (30001) and a sender queue longer than 10 hours (21611): later will work, now will not.
            30001 or 21611 => new SendResult.Retry(name, reason),
            21211 or 13223 or 13224 => new SendResult.Rejected(name, $"The 'To' number is not a valid phone number: check it is in international form such as +50761234567. ({reason})"),
            // https://www.twilio.com/docs/api/errors/21215 and 21216: the account may not call that country or number.
            21215 or 21216 => new SendResult.Rejected(name, $"Twilio's geographic permissions do not allow calling this number: enable its country under Voice → Settings → Geo permissions in the Twilio console. ({reason})"),
            21614 => new SendResult.Rejected(name, $"The 'To' number is a landline and cannot receive SMS: reach this person on WhatsApp or Telegram, or by phone. ({reason})"),
            21606 => new SendResult.Rejected(name, $"The 'From' number is not an SMS-capable number of this Twilio account: fix channels.twilio.from in the business file. ({reason})"),
            21610 => new SendResult.Rejected(name, $"The person replied STOP and unsubscribed from this number: they must text START before we can write to them again. ({reason})"),
            20003 => new SendResult.Rejected(name, $"Twilio refused the account SID or auth token: check the business's Twilio credentials. ({reason})"),
            _ when status >= 500 || (code == 0 && status == 0) => new SendResult.Retry(name, reason),
            _ => new SendResult.Rejected(name, reason),
        };
    }

    /// <summary>An error answer that named its wait: the wait replaces ours, for a rate limit and for a 5xx alike.</summary>
    private static SendResult FromAnswer(TwilioRetryAfterException answer)
    {
        RestException? error;
        try
        {
            error = RestException.FromJson(answer.Answer.Content);
        }
        catch (JsonException)
        {
            error = null; // not Twilio's JSON (a proxy's page): the status alone decides
        }
        var result = FromAnswer(error?.Code ?? 0, (int)answer.Answer.StatusCode, Describe(error?.Message, error?.MoreInfo));
        return result is SendResult.Retry retry ? retry with { After = answer.Wait } : result;
    }

    private static string Describe(string? message, string? moreInfo) =>
        (string.IsNullOrWhiteSpace(message) ? "no reason given" : message) + (string.IsNullOrWhiteSpace(moreInfo) ? "" : $" ({moreInfo})");
}
