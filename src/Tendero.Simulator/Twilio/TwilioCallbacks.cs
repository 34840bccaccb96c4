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
    // Timers start when the message is accepted, not when the background job gets to run, so callbacks are due at
    // fixed times on the simulator's clock.
    public void StartMessage(TwilioAccountState account, TwilioOutbound message)
    {
        var untilSent = message.SentAt - context.Now;
        var sent = context.DelayAsync(untilSent, context.Stopping);
        var final = context.DelayAsync(untilSent + context.Behaviour.DeliveredDelay, context.Stopping);
        context.Background(ct => RunMessageAsync(account, message, sent, final, ct));
    }

    private async Task RunMessageAsync(TwilioAccountState account, TwilioOutbound message, Task sent, Task final, CancellationToken ct)
    {
        await sent;
        await EmitAsync(account, message.CallbackUrl, "sent", message.Sid, Parameters(account, message, "sent", null), ct);
        await final;
        var status = message.Undelivered ? "undelivered" : "delivered";
        await EmitAsync(account, message.CallbackUrl, status, message.Sid,
            Parameters(account, message, status, message.Undelivered ? "30003" : null), ct);
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

    /// <summary>Posts one signed status callback, unless <see cref="FaultSettings.DropStatusRate"/> drops it. Calls use it too.</summary>
    public async Task EmitAsync(TwilioAccountState account, string url, string status, string sid,
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
