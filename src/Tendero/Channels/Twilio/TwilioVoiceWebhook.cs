using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Tendero.Config;
using Tendero.Core;
using Tendero.Hosting;
using Tendero.Inbox;
using Tendero.Storage;

namespace Tendero.Channels.Twilio;

/// <summary>
/// The two posts of a call placed by <see cref="TwilioVoiceChannel"/>: <c>POST /webhooks/twilio/{business}/voice</c>
/// (the Gather's action: the key the person pressed, answered with TwiML the call then speaks) and
/// <c>POST /webhooks/twilio/{business}/voice/status</c> (the call's StatusCallback). Both are signed like every Twilio
/// webhook and store through <see cref="Ingest"/> before answering.
/// </summary>
public static class TwilioVoiceWebhook
{
    public static void MapTwilioVoiceWebhooks(this IEndpointRouteBuilder app)
    {
        app.MapPost("/webhooks/twilio/{business}/voice", ReceiveKeypressAsync);
        app.MapPost("/webhooks/twilio/{business}/voice/status", ReceiveStatusAsync);
    }

    private static async Task<IResult> ReceiveKeypressAsync(string business, HttpRequest request, Businesses businesses,
        Ingest ingest, CallStore calls, IOptions<ServerOptions> server, TimeProvider time, CancellationToken ct)
    {
        var (signed, refusal) = await TwilioSignedForm.ReadAsync(business, request, businesses, server.Value, ct);
        if (signed is null)
        {
            return refusal!;
        }
        InboundBatch batch;
        try
        {
            batch = TwilioVoiceParser.ParseKeypress(business, signed.Form, time.GetUtcNow());
        }
        catch (WebhookFormatException e)
        {
            return WebhookBody.Malformed(e.Message);
        }
        await ingest.StoreAsync(batch, ct);
        // The answer speaks the language the call spoke; the parser has already required the CallSid.
        var callSid = TwilioParser.Required(signed.Form, "CallSid");
        var language = await calls.LanguageAsync(business, callSid, ct) ?? signed.Business.Language;
        var digits = batch.Messages.Count > 0 ? batch.Messages[0].Text : null;
        return TypedResults.Text(TwilioVoiceTwiml.ForKeypress(digits, language), "text/xml");
    }

    private static async Task<IResult> ReceiveStatusAsync(string business, HttpRequest request, Businesses businesses,
        Ingest ingest, CallStore calls, IOptions<ServerOptions> server, TimeProvider time, CancellationToken ct)
    {
        var (signed, refusal) = await TwilioSignedForm.ReadAsync(business, request, businesses, server.Value, ct);
        if (signed is null)
        {
            return refusal!;
        }
        InboundBatch batch;
        int? seconds;
        try
        {
            batch = TwilioVoiceParser.ParseStatus(business, signed.Form, time.GetUtcNow());
            seconds = TwilioVoiceParser.CompletedSeconds(signed.Form);
        }
        catch (WebhookFormatException e)
        {
            return WebhookBody.Malformed(e.Message);
        }
        await ingest.StoreAsync(batch, ct);
        if (seconds is { } length)
        {
            // Setting the minutes from the length is idempotent, so a retried "completed" changes nothing.
            await calls.RecordDurationAsync(business, batch.Statuses[0].ProviderId, length, ct);
        }
        return TypedResults.Ok();
    }
}
