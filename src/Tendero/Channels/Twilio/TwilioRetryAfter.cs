using System.Net;
using Twilio.Http;
using TwilioHttpClient = Twilio.Http.HttpClient;

namespace Tendero.Channels.Twilio;

/// <summary>
/// Keeps Twilio's <c>Retry-After</c> header. The SDK turns an error answer into an <c>ApiException</c> that has the code
/// and status but not the headers (twilio-csharp TwilioRestClient.ProcessResponse), so this client, which sits under the
/// SDK, raises <see cref="TwilioRetryAfterException"/> for a 429 or 5xx that names a wait. The SDK wraps it in an
/// <c>ApiConnectionException</c>, and <see cref="TwilioErrors"/> reads the answer and the wait back out of it.
/// </summary>
internal sealed class TwilioRetryAfterClient(TwilioHttpClient inner, TimeProvider time) : TwilioHttpClient
{
    public override Response MakeRequest(Request request) => Check(inner.MakeRequest(request));

    public override async Task<Response> MakeRequestAsync(Request request) => Check(await inner.MakeRequestAsync(request));

    private Response Check(Response response)
    {
        LastRequest = inner.LastRequest;
        LastResponse = response;
        var status = (int)response.StatusCode;
        return (status == (int)HttpStatusCode.TooManyRequests || status >= 500) && Wait(response) is { } wait
            ? throw new TwilioRetryAfterException(response, wait)
            : response;
    }

    // Retry-After is seconds or an HTTP date (RFC 9110 §10.2.3); a date in the past means "now".
    private TimeSpan? Wait(Response response) => response.Headers?.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow() is var left && left > TimeSpan.Zero ? left : TimeSpan.Zero,
        _ => null,
    };
}

/// <summary>Twilio's error answer together with the wait it asked for.</summary>
internal sealed class TwilioRetryAfterException(Response answer, TimeSpan wait)
    : Exception($"Twilio answered {(int)answer.StatusCode} and asked to retry after {wait.TotalSeconds:0.###} s.")
{
    public Response Answer { get; } = answer;

    public TimeSpan Wait { get; } = wait;
}
