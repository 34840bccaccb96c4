using System.Globalization;
using Tendero.Simulator.Infrastructure;

namespace Tendero.Simulator.Twilio;

/// <summary>An SMS from a customer: a signed form POST to the account's SMS webhook, sent once as Twilio does.</summary>
internal sealed class TwilioInbound(SimContext context, WebhookSender sender)
{
    public async Task<InboundResult> SendAsync(TwilioAccountState account, string from, string to, string body, CancellationToken ct)
    {
        if (!account.Owns(to))
        {
            throw new ArgumentException($"Twilio account {account.Account.AccountSid} does not own {to}.", nameof(to));
        }

        var sid = "SM" + context.Random.Hex(32);
        var url = account.SmsWebhookUrl;
        if (url is null)
        {
            return new InboundResult(sid, null);
        }

        var parameters = new List<KeyValuePair<string, string>>
        {
            new("MessageSid", sid),
            new("SmsSid", sid),
            new("SmsMessageSid", sid),
            new("AccountSid", account.Account.AccountSid),
            new("From", from),
            new("To", to),
            new("Body", body),
            new("NumMedia", "0"),
            new("NumSegments", TwilioSegments.Count(body).ToString(CultureInfo.InvariantCulture)),
            new("SmsStatus", "received"),
            new("ApiVersion", TwilioJson.ApiVersion),
        };
        var request = TwilioForm.Build(account.Account.AuthToken, url, WebhookKind.Inbound, "sms", sid, parameters);
        return new InboundResult(sid, await sender.SendAsync(request, ct));
    }
}
