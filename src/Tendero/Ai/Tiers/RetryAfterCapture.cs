using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tendero.Ai.Tiers;

/// <summary>
/// Anthropic SDK 13.14's exceptions (<c>AnthropicApiException</c>) keep the status and body but not the headers, so the
/// <c>Retry-After</c> of a 429 would be lost. This handler copies it into the error body as <see cref="Field"/> (milliseconds),
/// where <see cref="ModelFailure.Classify"/> reads it. Successful answers pass untouched.
/// </summary>
internal sealed class RetryAfterCapture(TimeProvider time) : DelegatingHandler
{
    public const string Field = "tendero_retry_after_ms";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode || Read(response.Headers, time.GetUtcNow()) is not { } wait)
        {
            return response;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "application/json";
        response.Content = new StringContent(Annotate(body, wait), Encoding.UTF8, mediaType);
        return response;
    }

    /// <summary><c>retry-after-ms</c>, else <c>retry-after</c> as seconds or an HTTP date; null when absent or unreadable.</summary>
    internal static TimeSpan? Read(HttpResponseHeaders headers, DateTimeOffset now)
    {
        if (headers.TryGetValues("retry-after-ms", out var ms)
            && double.TryParse(ms.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds) && milliseconds >= 0)
        {
            return TimeSpan.FromMilliseconds(milliseconds);
        }

        return headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
            _ => null,
        };
    }

    private static string Annotate(string body, TimeSpan wait)
    {
        try
        {
            if (JsonNode.Parse(body) is JsonObject error)
            {
                error[Field] = (long)Math.Ceiling(wait.TotalMilliseconds);
                return error.ToJsonString();
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page): the body stays as it came and the wait is lost, as without this handler.
        }

        return body;
    }
}
