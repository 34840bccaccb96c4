using System.Net.Http.Headers;

namespace Tendero.Simulator.Infrastructure;

/// <summary>Posts webhooks to the server under test, journals every attempt and retries with doubling backoff.</summary>
internal sealed class WebhookSender(HttpClient http, SimContext context)
{
    /// <summary>First attempt now, retries in the background. Returns what the server answered the first time.</summary>
    public async Task<int?> SendAsync(WebhookRequest request, CancellationToken ct)
    {
        var status = await AttemptAsync(request, 1, ct);
        if (!request.IsSuccess(status) && request.MaxAttempts > 1)
        {
            context.Background(stopping => RetryAsync(request, stopping));
        }

        return status;
    }

    /// <summary>Every attempt, in the calling (background) flow.</summary>
    public async Task DeliverAsync(WebhookRequest request, CancellationToken ct)
    {
        if (!request.IsSuccess(await AttemptAsync(request, 1, ct)))
        {
            await RetryAsync(request, ct);
        }
    }

    /// <summary>Journals a status that <see cref="FaultSettings.DropStatusRate"/> chose to skip.</summary>
    public void RecordDropped(WebhookRequest request) => context.Journal.Add(new WebhookAttemptRecord(
        context.Now, request.Provider, request.Kind, request.Url, request.Status, request.ProviderId, 0, null, null, Dropped: true));

    private async Task RetryAsync(WebhookRequest request, CancellationToken ct)
    {
        var delay = context.Behaviour.WebhookRetryDelay;
        for (var attempt = 2; attempt <= request.MaxAttempts; attempt++)
        {
            await context.DelayAsync(delay, ct);
            if (request.IsSuccess(await AttemptAsync(request, attempt, ct)))
            {
                return;
            }

            delay *= 2;
        }
    }

    private async Task<int?> AttemptAsync(WebhookRequest request, int attempt, CancellationToken ct)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, request.Url) { Content = new ByteArrayContent(request.Body) };
        message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType);
        foreach (var (name, value) in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        var at = context.Now;
        int? status = null;
        string? error = null;
        try
        {
            using var response = await http.SendAsync(message, ct);
            status = (int)response.StatusCode;
        }
        catch (HttpRequestException e)
        {
            // The server is down or refused the connection: a failed attempt, as the provider would count it.
            error = e.Message;
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            error = $"no answer within {http.Timeout}";
        }

        // Journaled when the answer is in, so concurrent attempts appear in the order they finished; At is when it was made.
        context.Journal.Add(new WebhookAttemptRecord(
            at, request.Provider, request.Kind, request.Url, request.Status, request.ProviderId, attempt, status, error, Dropped: false));
        return status;
    }
}
