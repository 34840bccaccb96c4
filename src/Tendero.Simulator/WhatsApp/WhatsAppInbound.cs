using System.Text.Json.Nodes;
using Tendero.Simulator.Infrastructure;

namespace Tendero.Simulator.WhatsApp;

/// <summary>A customer writing to a business number: opens the 24-hour window and posts the signed inbound webhook.</summary>
internal sealed class WhatsAppInbound(SimContext context, WebhookSender sender, HttpClient http)
{
    /// <param name="replyTo">The business message a button or list reply answers; becomes <c>context</c>.</param>
    public async Task<InboundResult> SendAsync(WhatsAppLine line, string waId, string profileName, string type, JsonObject content,
        string? replyTo, CancellationToken ct)
    {
        var now = context.Now;
        var wamid = WhatsAppJson.NewWamid(waId, inbound: true, context.Random);
        line.MarkInbound(waId, now);
        var replyContext = replyTo is null ? null : new JsonObject { ["from"] = line.Account.DisplayPhoneNumber, ["id"] = replyTo };
        var envelope = WhatsAppJson.Envelope(line.Account,
            ("contacts", new JsonArray(WhatsAppJson.Contact(profileName, waId))),
            ("messages", new JsonArray(WhatsAppJson.Message(waId, wamid, now, type, content, replyContext))));
        var url = line.WebhookUrl;
        if (url is null)
        {
            return new InboundResult(wamid, null);
        }

        var request = WhatsAppWebhook.Build(line, url, WebhookKind.Inbound, type, wamid, envelope, context.Behaviour.WebhookAttempts);
        return new InboundResult(wamid, await sender.SendAsync(request, ct));
    }

    /// <summary>Meta's subscription check: GET with hub.mode, hub.challenge and hub.verify_token; true when the challenge comes back.</summary>
    public async Task<bool> VerifyAsync(WhatsAppLine line, string verifyToken, CancellationToken ct)
    {
        var url = line.WebhookUrl ?? throw new InvalidOperationException(
            $"WhatsApp phone number id '{line.Account.PhoneNumberId}' has no webhook URL to verify.");
        var challenge = (1_000_000_000 + context.Random.Next(1_000_000_000)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var query = $"hub.mode=subscribe&hub.challenge={challenge}&hub.verify_token={Uri.EscapeDataString(verifyToken)}";
        using var response = await http.GetAsync(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query, ct);
        return (int)response.StatusCode == 200 && (await response.Content.ReadAsStringAsync(ct)).Trim() == challenge;
    }
}
