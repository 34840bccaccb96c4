using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Tendero.Config;
using Tendero.Hosting;

namespace Tendero.Connectors.Actions;

/// <summary>
/// Posts an event to a webhook as JSON: <c>{"event", "id", "business", "occurred_at", "data"}</c>, with
/// <c>X-Tendero-Event</c>, <c>X-Tendero-Delivery</c> (the same on every retry, so the receiver can drop repeats),
/// <c>X-Tendero-Timestamp</c> (Unix seconds) and <c>X-Tendero-Signature</c> (see <see cref="WebhookSignature"/>).
/// </summary>
public sealed class WebhookAction(IHttpClientFactory http, IOptions<ServerOptions> server, TimeProvider time)
{
    public async Task<ActionResult> CallAsync(ActionCall call, WebhookTarget target, CancellationToken ct)
    {
        if (Body(call) is not { } body)
        {
            return new ActionResult.Failed(null, $"the {call.Topic} event {call.EventId} has a payload that is not JSON; nothing was sent");
        }
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, target.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add("X-Tendero-Event", call.Topic);
        request.Headers.Add("X-Tendero-Delivery", call.DedupeKey);
        request.Headers.Add("X-Tendero-Timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("X-Tendero-Signature", WebhookSignature.Sign(target.Secret, timestamp, body));
        var (answer, failure) = await ActionHttp.SendAsync(http.CreateClient(ActionHttp.ClientName), request, server.Value.Real(target.Timeout), time, ct);
        return answer is null ? failure! : ActionHttp.Classify(answer, time);
    }

    /// <summary>The exact bytes that are signed and sent; null when the stored payload is not JSON.</summary>
    public static byte[]? Body(ActionCall call)
    {
        try
        {
            using var payload = JsonDocument.Parse(call.Payload);
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteString("event", call.Topic);
                json.WriteNumber("id", call.EventId);
                json.WriteString("business", call.BusinessId);
                json.WriteString("occurred_at", call.OccurredAt);
                json.WritePropertyName("data");
                payload.RootElement.WriteTo(json);
                json.WriteEndObject();
            }
            return buffer.ToArray();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
