using Tendero.Core;

namespace Tendero.Channels.WhatsApp;

/// <summary>
/// Which Graph API errors are worth retrying. Meta's HTTP statuses vary between sources, so we classify on
/// <c>error.code</c> (https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/).
/// </summary>
internal static class WhatsAppErrors
{
    /// <summary>Pair rate limit: Meta asks for 4^n seconds; the dispatcher's backoff grows from this.</summary>
    private static readonly TimeSpan PairLimitWait = TimeSpan.FromSeconds(4);

    public static SendResult Classify(WhatsAppError error, int httpStatus)
    {
        var code = error.Code.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var reason = Describe(error);
        return error.Code switch
        {
            130429 or 4 or 80007 => new SendResult.Retry(code, reason, TimeSpan.FromSeconds(1), Throttled: true),
            131056 => new SendResult.Retry(code, reason, PairLimitWait, Throttled: true),
            131057 => new SendResult.Retry(code, reason, TimeSpan.FromMinutes(1)),
            1 or 2 or 131000 or 131016 => new SendResult.Retry(code, reason),
            131047 => new SendResult.Rejected(code, "The 24-hour window is closed: only an approved template may be sent. " + reason),
            190 => new SendResult.Rejected(code, "The WhatsApp access token is invalid or expired: set a new one. " + reason),
            131026 => new SendResult.Rejected(code, "The number cannot receive WhatsApp messages (not on WhatsApp, or an old app). " + reason),
            131048 or 368 => new SendResult.Rejected(code, "Meta has limited this number for spam or policy reasons: check its quality rating. " + reason),
            131049 => new SendResult.Rejected(code, "Meta held this message back to limit marketing to this person; do not retry it. " + reason),
            _ when httpStatus >= 500 || httpStatus == 429 => new SendResult.Retry(code, reason),
            _ => new SendResult.Rejected(code, reason),
        };
    }

    private static string Describe(WhatsAppError error)
    {
        var details = error.ErrorData?.Details;
        return string.IsNullOrWhiteSpace(details) ? error.Message ?? "no reason given" : $"{error.Message}: {details}";
    }
}
