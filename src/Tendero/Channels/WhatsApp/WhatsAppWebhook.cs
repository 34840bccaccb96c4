using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tendero.Config;
using Tendero.Inbox;

namespace Tendero.Channels.WhatsApp;

/// <summary>
/// <c>GET /webhooks/whatsapp/{business}</c> answers Meta's verification; <c>POST</c> checks the signature over the raw
/// body, stores everything in one transaction, and only then answers 200.
/// </summary>
public static class WhatsAppWebhook
{
    public static void MapWhatsAppWebhook(this IEndpointRouteBuilder app)
    {
        app.MapGet("/webhooks/whatsapp/{business}", Verify);
        app.MapPost("/webhooks/whatsapp/{business}", ReceiveAsync);
    }

    private static IResult Verify(string business, HttpRequest request, Businesses businesses)
    {
        var account = businesses.Find(business)?.WhatsApp;
        var mode = request.Query["hub.mode"].ToString();
        var token = request.Query["hub.verify_token"].ToString();
        var challenge = request.Query["hub.challenge"].ToString();
        if (account is null || mode != "subscribe" || challenge.Length == 0
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(account.VerifyToken)))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Verification refused",
                detail: "hub.mode must be 'subscribe' and hub.verify_token must match the business's WHATSAPP_VERIFY_TOKEN.");
        }
        return TypedResults.Text(challenge, "text/plain");
    }

    private static async Task<IResult> ReceiveAsync(string business, HttpRequest request, Businesses businesses, Ingest ingest, CancellationToken ct)
    {
        if (businesses.Find(business)?.WhatsApp is not { } account)
        {
            return WebhookBody.UnknownBusiness(business);
        }
        var body = await WebhookBody.ReadAsync(request, ct);
        if (body is null)
        {
            return WebhookBody.TooLarge();
        }
        if (!WhatsAppSignature.IsValid(body, request.Headers["X-Hub-Signature-256"].FirstOrDefault(), account.AppSecret))
        {
            return WebhookBody.BadSignature("X-Hub-Signature-256 is missing or does not match the body signed with the app secret.");
        }
        try
        {
            await ingest.StoreAsync(WhatsAppParser.Parse(business, account.PhoneNumberId, body), ct);
        }
        catch (WebhookFormatException e)
        {
            return WebhookBody.Malformed(e.Message);
        }
        return TypedResults.Ok();
    }
}
