using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Tendero.Config;
using Tendero.Hosting;

namespace Tendero.Connectors.Actions;

/// <summary>
/// Calls one SOAP 1.1 operation: fills the envelope template from the event, posts it as <c>text/xml</c> with the
/// quoted <c>SOAPAction</c> header, and reads the answer with <see cref="SoapAnswer"/>.
/// </summary>
public sealed class SoapAction(IHttpClientFactory http, IOptions<ServerOptions> server, TimeProvider time)
{
    public async Task<ActionResult> CallAsync(ActionCall call, SoapTarget target, CancellationToken ct)
    {
        string? envelope;
        IReadOnlyList<string> missing;
        try
        {
            using var payload = JsonDocument.Parse(call.Payload);
            (envelope, missing) = SoapEnvelope.Fill(target.Envelope, payload.RootElement, new Dictionary<string, string>
            {
                ["$event_id"] = call.EventId.ToString(CultureInfo.InvariantCulture),
                ["$delivery"] = call.DedupeKey,
                ["$business"] = call.BusinessId,
            });
        }
        catch (JsonException)
        {
            return new ActionResult.Failed(null, $"the {call.Topic} event {call.EventId} has a payload that is not JSON; nothing was sent");
        }
        if (envelope is null)
        {
            var names = string.Join(", ", missing.Select(m => $"{{{{{m}}}}}"));
            return new ActionResult.Failed(null,
                $"the envelope {target.EnvelopeFile} needs {names}, but the {call.Topic} event {call.EventId} has no value for {(missing.Count == 1 ? "it" : "them")}; nothing was sent");
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, target.Url) { Content = new StringContent(envelope, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/xml") { CharSet = "utf-8" };
        // SOAP 1.1 §6.1.1: the header's value is a quoted URI (an empty "" is allowed).
        request.Headers.TryAddWithoutValidation("SOAPAction", $"\"{target.SoapAction}\"");
        var (answer, failure) = await ActionHttp.SendAsync(http.CreateClient(ActionHttp.ClientName), request, server.Value.Real(target.Timeout), time, ct);
        return answer is null ? failure! : SoapAnswer.Read(answer, time);
    }
}
