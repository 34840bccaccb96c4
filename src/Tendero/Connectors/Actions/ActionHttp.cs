using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Tendero.Connectors.Actions;

/// <summary>
/// The HTTP rules both actions share: one POST with a timeout on the server's clock, a bounded read of the answer,
/// and what a status means. 2xx is done; 408, 429, 5xx, a timeout or no connection are retried (429 and 503 at the
/// Retry-After the receiver gives); any other status (a 3xx, a 4xx) cannot succeed by trying again.
/// </summary>
public static class ActionHttp
{
    /// <summary>The HttpClient name; it follows no redirects, because a signed POST must not wander.</summary>
    public const string ClientName = "actions";

    private const int MaxAnswerBytes = 1024 * 1024;

    /// <summary>A receiver may not push a retry further away than this.</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromHours(1);

    public sealed record Answer(int Status, string Body, string? MediaType, HttpResponseHeaders Headers);

    /// <summary>Sends the request; an unreachable host or a timeout comes back as a retry, never as an exception.</summary>
    public static async Task<(Answer? Answer, ActionResult.Retry? Failure)> SendAsync(
        HttpClient http, HttpRequestMessage request, TimeSpan timeout, TimeProvider time, CancellationToken ct)
    {
        using var limit = new CancellationTokenSource(timeout, time);
        using var both = CancellationTokenSource.CreateLinkedTokenSource(ct, limit.Token);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, both.Token);
            var body = await ReadAsync(response.Content, both.Token);
            return (new Answer((int)response.StatusCode, body, response.Content.Headers.ContentType?.MediaType, response.Headers), null);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return (null, new ActionResult.Retry(null, $"no answer from {request.RequestUri?.Host} within {timeout.TotalSeconds:0.#}s"));
        }
        catch (HttpRequestException e)
        {
            return (null, new ActionResult.Retry(null, $"could not reach {request.RequestUri?.Host}: {e.Message}"));
        }
    }

    /// <summary>What a status that is not 2xx means, with the start of the body so a person can see what the receiver said.</summary>
    public static ActionResult Classify(Answer answer, TimeProvider time)
    {
        var said = answer.Body.Length == 0 ? "" : $": {Excerpt(answer.Body)}";
        var reason = $"the receiver answered {answer.Status} {(HttpStatusCode)answer.Status}{said}";
        return answer.Status switch
        {
            >= 200 and < 300 => new ActionResult.Done(answer.Status, null),
            429 => new ActionResult.Retry(429, reason, RetryAfter(answer.Headers, time), Throttled: true),
            503 => new ActionResult.Retry(503, reason, RetryAfter(answer.Headers, time)),
            408 or >= 500 => new ActionResult.Retry(answer.Status, reason),
            >= 300 and < 400 => new ActionResult.Failed(answer.Status,
                $"the receiver answered {answer.Status} (a redirect to {answer.Headers.Location}); put the final URL in the action"),
            _ => new ActionResult.Failed(answer.Status, reason),
        };
    }

    /// <summary>Retry-After as seconds or as an HTTP date, clamped to [0, <see cref="MaxRetryAfter"/>]; null when absent or unreadable.</summary>
    public static TimeSpan? RetryAfter(HttpResponseHeaders headers, TimeProvider time)
    {
        var after = headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - time.GetUtcNow(),
            _ => (TimeSpan?)null,
        };
        return after is null ? null : after < TimeSpan.Zero ? TimeSpan.Zero : after > MaxRetryAfter ? MaxRetryAfter : after;
    }

    public static string Excerpt(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 200 ? flat : flat[..200] + "…";
    }

    // A receiver that streams megabytes back is cut off: nothing we need from an answer is that long.
    private static async Task<string> ReadAsync(HttpContent content, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var memory = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int n;
        while (memory.Length < MaxAnswerBytes && (n = await stream.ReadAsync(chunk, ct)) > 0)
        {
            memory.Write(chunk, 0, (int)Math.Min(n, MaxAnswerBytes - memory.Length));
        }
        var charset = content.Headers.ContentType?.CharSet;
        var encoding = Encoding.UTF8;
        try
        {
            encoding = charset is { Length: > 0 } ? Encoding.GetEncoding(charset.Trim('"')) : Encoding.UTF8;
        }
        catch (ArgumentException)
        {
            // An unknown charset: read it as UTF-8 rather than fail the call.
        }
        return encoding.GetString(memory.GetBuffer(), 0, (int)memory.Length);
    }
}
