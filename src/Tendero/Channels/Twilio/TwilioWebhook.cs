using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
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
/// The voice endpoints are mapped here too (<see cref="TwilioVoiceWebhook"/>).
/// </summary>
public static class TwilioWebhook
{
    /// <summary>"Do nothing": replies are sent later through the ledger, not inline.</summary>
    public const string EmptyTwiml = """<?xml version="1.0" encoding="UTF-8"?><Response></Response>""";

    public static void MapTwilioWebhooks(this IEndpointRouteBuilder app)
    {
        app.MapPost("/webhooks/twilio/{business}/sms", ReceiveSmsAsync);
        app.MapPost("/webhooks/twilio/{business}/status", ReceiveStatusAsync);
        app.MapTwilioVoiceWebhooks();
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
        var (signed, refusal) = await TwilioSignedForm.ReadAsync(business, request, businesses, server, ct);
        if (signed is null)
        {
            return refusal!;
        }
        try
        {
            await ingest.StoreAsync(parse(signed.Account, signed.Form), ct);
        }
        catch (WebhookFormatException e)
        {
            return WebhookBody.Malformed(e.Message);
        }
        return answer;
    }
}
