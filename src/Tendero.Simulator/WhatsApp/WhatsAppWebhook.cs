using System.Text.Json.Nodes;
using Tendero.Simulator.Infrastructure;

namespace Tendero.Simulator.WhatsApp;

/// <summary>Turns an envelope into a signed POST as Meta sends it: escaped-ASCII JSON, <c>X-Hub-Signature-256</c>, only 200 counts as success.</summary>
internal static class WhatsAppWebhook
{
    public static WebhookRequest Build(WhatsAppLine line, string url, WebhookKind kind, string status, string providerId,
        JsonObject envelope, int maxAttempts)
    {
        var body = SimJson.MetaAscii(envelope);
        var headers = new Dictionary<string, string> { [MetaSignature.Header] = MetaSignature.Sign(line.Account.AppSecret, body) };
        return new WebhookRequest(SimProvider.WhatsApp, kind, url, status, providerId, body, "application/json", headers,
            maxAttempts, SuccessOnly200: true);
    }
}
