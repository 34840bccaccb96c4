using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Tendero.Config;
using Tendero.Hosting;

namespace Tendero.Channels.Twilio;

/// <summary>
/// A Twilio webhook's form, read and checked against <c>X-Twilio-Signature</c> for the business it names. Every Twilio
/// endpoint (SMS, message status, keypress, call status) starts here, so none can store anything unsigned.
/// </summary>
public sealed record TwilioSignedForm(BusinessConfig Business, TwilioAccount Account, IFormCollection Form)
{
    /// <summary>The signed form, or the problem to answer instead: 404 unknown business, 400 not a form, 413 too
    /// large, 401 bad signature.</summary>
    public static async Task<(TwilioSignedForm? Form, IResult? Refusal)> ReadAsync(
        string business, HttpRequest request, Businesses businesses, ServerOptions server, CancellationToken ct)
    {
        if (businesses.Find(business) is not { Twilio: { } account } config)
        {
            return (null, WebhookBody.UnknownBusiness(business));
        }
        if (request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) != true)
        {
            return (null, WebhookBody.Malformed("Twilio posts application/x-www-form-urlencoded forms."));
        }
        var body = await WebhookBody.ReadAsync(request, ct);
        if (body is null)
        {
            return (null, WebhookBody.TooLarge());
        }
        FormCollection form;
        try
        {
            using var stream = new MemoryStream(body, writable: false);
            form = new FormCollection(await new FormReader(stream).ReadFormAsync(ct));
        }
        catch (InvalidDataException e)
        {
            return (null, WebhookBody.Malformed($"The form cannot be read: {e.Message}"));
        }
        var urls = TwilioSignature.PublicUrls(server, request);
        var signature = request.Headers[TwilioSignature.Header].FirstOrDefault();
        if (!urls.Any(url => TwilioSignature.IsValid(url, form, signature, account.AuthToken)))
        {
            return (null, WebhookBody.BadSignature(
                $"{TwilioSignature.Header} is missing or does not match {urls[0]} and this form signed with the account's auth token. " +
                "If Twilio calls another URL (a proxy in between), set the server's public URL to the one Twilio uses."));
        }
        return (new TwilioSignedForm(config, account, form), null);
    }
}
