using System.Net;
using System.Text;
using Tendero.Simulator.Infrastructure;

namespace Tendero.Simulator.Twilio;

/// <summary>A signed form POST as Twilio sends it. Twilio does not retry webhooks by default, so each goes out once.</summary>
internal static class TwilioForm
{
    public static WebhookRequest Build(string authToken, string url, WebhookKind kind, string status, string sid,
        IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        var body = string.Join('&', parameters.Select(p => WebUtility.UrlEncode(p.Key) + "=" + WebUtility.UrlEncode(p.Value)));
        var headers = new Dictionary<string, string> { [TwilioSignature.Header] = TwilioSignature.Sign(authToken, url, parameters) };
        return new WebhookRequest(SimProvider.Twilio, kind, url, status, sid, Encoding.UTF8.GetBytes(body),
            "application/x-www-form-urlencoded; charset=utf-8", headers, MaxAttempts: 1, SuccessOnly200: false);
    }
}
