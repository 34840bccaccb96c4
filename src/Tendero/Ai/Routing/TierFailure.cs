using System.Net;

namespace Tendero.Ai.Routing;

/// <summary>
/// The verdict on one exception from a tier, with the provider's Retry-After when it sent one. The router takes the
/// classifier as a function, so the SDK-aware one (which reads status codes and headers) can stand in for <see cref="Classify"/>.
/// </summary>
public sealed record TierFailure(FailureKind Kind, TimeSpan? RetryAfter = null)
{
    /// <summary>
    /// A classifier that knows only the framework's exceptions: timeouts and cancellations are <see cref="FailureKind.Timeout"/>,
    /// HTTP 429 is <see cref="FailureKind.RateLimited"/>, other 4xx (but 408) are <see cref="FailureKind.Permanent"/>, and
    /// anything else is <see cref="FailureKind.Transient"/>, so that an unknown error fails over rather than failing the caller.
    /// </summary>
    public static TierFailure Classify(Exception error) => error switch
    {
        TimeoutException or OperationCanceledException => new(FailureKind.Timeout),
        HttpRequestException { StatusCode: HttpStatusCode.TooManyRequests } => new(FailureKind.RateLimited),
        HttpRequestException { StatusCode: HttpStatusCode.RequestTimeout } => new(FailureKind.Timeout),
        HttpRequestException { StatusCode: { } status } when (int)status is >= 400 and < 500 => new(FailureKind.Permanent),
        _ => new(FailureKind.Transient),
    };
}
