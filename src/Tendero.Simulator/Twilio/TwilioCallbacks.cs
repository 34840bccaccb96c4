using System.Globalization;
using Tendero.Simulator.Infrastructure;

namespace Tendero.Simulator.Twilio;

/// <summary>An accepted SMS and its fate, decided at acceptance so a seeded run repeats.</summary>
internal sealed record TwilioOutbound(string Sid, string From, string To, string CallbackUrl, DateTimeOffset SentAt, bool Undelivered);

/// <summary>
/// Signed status callbacks: <c>sent</c> when the message clears its number's queue, then <c>delivered</c> or
/// <c>undelivered</c> (30003). None for the initial <c>queued</c> (REFERENCE §3.1).
/// </summary>
internal sealed class TwilioCallbacks(SimContext context, WebhookSender sender)
{
    public void StartMessage(TwilioAccountState account, TwilioOutbound message) =>
        context.Background(ct => RunMessageAsync(account, message, ct));

    public void StartCall(TwilioAccountState account, string sid, string from, string to, string url) => context.Background(async ct =>
    {
        var duration = context.Behaviour.CallDuration;
        await context.DelayAsync(context.Behaviour.SentDelay + duration, ct);
        var parameters = new List<KeyValuePair<string, string>>
        {
            new("CallSid", sid),
            new("CallStatus", "completed"),
            new("AccountSid", account.Account.AccountSid),
            new("From", from),
            new("To", to),
            new("ApiVersion", TwilioJson.ApiVersion),
            new("Direction", "outbound-api"),
            new("CallDuration", ((int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture)),
        };
        await EmitAsync(account, url, "completed", sid, parameters, ct);
    });

    private async Task RunMessageAsync(TwilioAccountState account, TwilioOutbound message, CancellationToken ct)
    {
        await context.DelayAsync(message.SentAt - context.Now, ct);
        await EmitAsync(account, message.CallbackUrl, "sent", message.Sid, Parameters(account, message, "sent", null), ct);
        await context.DelayAsync(context.Behaviour.DeliveredDelay, ct);
        var final = message.Undelivered ? "undelivered" : "delivered";
        await EmitAsync(account, message.CallbackUrl, final, message.Sid,
            Parameters(account, message, final, message.Undelivered ? "30003" : null), ct);
    }

    private List<KeyValuePair<string, string>> Parameters(TwilioAccountState account, TwilioOutbound message, string status, string? errorCode)
    {
        var parameters = new List<KeyValuePair<string, string>>
        {
            new("MessageSid", message.Sid),
            new("SmsSid", message.Sid),
            new("SmsStatus", status),
            new("MessageStatus", status),
            new("AccountSid", account.Account.AccountSid),
            new("From", message.From),
            new("To", message.To),
            new("ApiVersion", TwilioJson.ApiVersion),
        };
        if (errorCode is not null)
        {
            parameters.Add(new("ErrorCode", errorCode));
        }

        if (status is "delivered" or "undelivered")
        {
            // The carrier's delivery report time, YYMMDDhhmm.
            parameters.Add(new("RawDlrDoneDate", context.Now.UtcDateTime.ToString("yyMMddHHmm", CultureInfo.InvariantCulture)));
        }

        return parameters;
    }

    private async Task EmitAsync(TwilioAccountState account, string url, string status, string sid,
        List<KeyValuePair<string, string>> parameters, CancellationToken ct)
    {
        var request = TwilioForm.Build(account.Account.AuthToken, url, WebhookKind.Status, status, sid, parameters);
        if (context.Random.Chance(context.Faults.DropStatusRate))
        {
            sender.RecordDropped(request);
            return;
        }

        await sender.DeliverAsync(request, ct);
    }
}
