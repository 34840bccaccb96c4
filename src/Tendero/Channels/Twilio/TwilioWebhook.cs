using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Tendero.Config;
using Tendero.Core;
using Tendero.Hosting;
using Tendero.Inbox;

namespace Tendero.Channels.Twilio;

/// <summary>
/// <c>POST /webhooks/twilio/{business}/sms</c> (a person texted the business's number; configured on the number in
/// Twilio's console) and <c>POST /webhooks/twilio/{business}/status</c> (the StatusCallback of each message we send).
/// Both check <c>X-Twilio-Signature</c> over the public URL and the form, store, and only then answer: TwiML for an
/// inbound message, an empty 200 for a status (https://www.twilio.com/docs/messaging/guides/webhook-request).
/// </summary>
public static class TwilioWebhook
{
    /// <summary>"Do nothing": replies are sent later through the ledger, not inline.</summary>
    public const string EmptyTwiml = """<?xml version="1.0" encoding="UTF-8"?><Response></Response>""";

    public static void MapTwilioWebhooks(this IEndpointRouteBuilder app)
    {
        app.MapPost("/webhooks/twilio/{business}/sms", ReceiveSmsAsync);
        app.MapPost("/webhooks/twilio/{business}/status", ReceiveStatusAsync);
    }

    private static Task<IResult> ReceiveSmsAsync(string business, HttpRequest request, Businesses businesses, Ingest ingest,
        IOptions<ServerOptions> server, TimeProvider time, CancellationToken ct) =>
        ReceiveAsync(business, request, businesses, ingest, server.Value,
            (account, form) => TwilioParser.ParseInbound(business, account.From, form, time.GetUtcNow()),
            TypedResults.Text(EmptyTwiml, "text/xml"), ct);

    private static Task<IResult> ReceiveStatusAsync(string business, HttpRequest request, Businesses businesses, Ingest ingest,
        IOptions<ServerOptions> server, TimeProvider time, CancellationToken ct) =>
        ReceiveAsync(business, request, businesses, ingest, server.Value,
            (_, form) => TwilioParser.ParseStatus(business, form, time.GetUtcNow()),
            TypedResults.Ok(), ct);

    private static async Task<IResult> ReceiveAsync(string business, HttpRequest request, Businesses businesses, Ingest ingest,
        ServerOptions server, Func<TwilioAccount, IFormCollection, InboundBatch> parse, IResult answer, CancellationToken ct)
    {
        if (businesses.Find(business)?.Twilio is not { } account)
        {
            return WebhookBody.UnknownBusiness(business);
        }
        if (request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) != true)
        {
            return WebhookBody.Malformed("Twilio posts application/x-www-form-urlencoded forms.");
        }
        var body = await WebhookBody.ReadAsync(request, ct);
        if (body is null)
        {
            return WebhookBody.TooLarge();
        }
        FormCollection form;
        try
        {
            using var stream = new MemoryStream(body, writable: false);
            form = new FormCollection(await new FormReader(stream).ReadFormAsync(ct));
        }
        catch (InvalidDataException e)
        {
            return WebhookBody.Malformed($"The form cannot be read: {e.Message}");
        }
        var urls = TwilioSignature.PublicUrls(server, request);
        var signature = request.Headers[TwilioSignature.Header].FirstOrDefault();
        if (!urls.Any(url => TwilioSignature.IsValid(url, form, signature, account.AuthToken)))
        {
            return WebhookBody.BadSignature(
                $"{TwilioSignature.Header} is missing or does not match {urls[0]} and this form signed with the account's auth token. " +
                "If Twilio calls another URL (a proxy in between), set the server's public URL to the one Twilio uses.");
        }
        try
        {
            await ingest.StoreAsync(parse(account, form), ct);
        }
        catch (WebhookFormatException e)
        {
            return WebhookBody.Malformed(e.Message);
        }
        return answer;
    }
}
