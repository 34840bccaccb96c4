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

    /// <param name="template">The template that was sent, if one was: template errors name it so the owner can fix the business file.</param>
    public static SendResult Classify(WhatsAppError error, int httpStatus, TemplateSend? template = null)
    {
        var code = error.Code.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var reason = Describe(error);
        if (TemplateProblem(error.Code, template) is { } problem)
        {
            return new SendResult.Rejected(code, $"{problem}. {reason}");
        }
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

    // Template errors are permanent: the same send fails the same way until someone changes the template or the business
    // file (https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/#template-errors). Meta's
    // contract labels its 132000 example "Template not found"; the error-code table (and Meta's own messages) say parameter count.
    private static string? TemplateProblem(int code, TemplateSend? template)
    {
        var name = template is null ? "the template" : $"the template {template.Name}";
        var language = template is null ? "" : $" in language {template.Language}";
        var sent = template is null ? "were sent" : $"the {template.Parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} sent";
        return code switch
        {
            132000 => $"{Capital(name)}{language} expects a different number of parameters than {sent}: make the parameters in whatsapp_templates in the business file match its placeholders ({{{{1}}}}, {{{{2}}}}, …)",
            132001 => $"{Capital(name)} does not exist{language}: check whatsapp_templates in the business file against the approved templates in WhatsApp Manager",
            132005 => $"{Capital(name)}{language} is too long once its parameters are filled in: send shorter parameter values",
            132007 => $"{Capital(name)}{language} breaks WhatsApp's content policy: review it in WhatsApp Manager or pick another in whatsapp_templates",
            132012 => $"The parameters sent to {name}{language} do not have the formats it was approved with: check whatsapp_templates in the business file",
            132015 => $"Meta paused {name}{language} for low quality: edit it in WhatsApp Manager or pick another in whatsapp_templates",
            132016 => $"Meta disabled {name}{language} for good after repeated low quality: create a new template and name it in whatsapp_templates",
            _ => null,
        };
    }

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string Describe(WhatsAppError error)
    {
        var details = error.ErrorData?.Details;
        return string.IsNullOrWhiteSpace(details) ? error.Message ?? "no reason given" : $"{error.Message}: {details}";
    }
}
