namespace Tendero.Core;

/// <summary>
/// What happened when we handed a message to a provider. Expected failures are values, not exceptions:
/// each provider folder classifies its own errors into one of these.
/// </summary>
public abstract record SendResult
{
    private SendResult() { }

    /// <summary>The provider accepted the message; its final fate arrives later as a status report.</summary>
    public sealed record Sent(string ProviderId) : SendResult;

    /// <summary>Try again later. <paramref name="After"/> is the provider's own wait (retry_after, Retry-After) when it gave one.
    /// <paramref name="Throttled"/> marks a rate limit: the wait is honoured exactly and does not use up an attempt.</summary>
    public sealed record Retry(string Code, string Reason, TimeSpan? After = null, bool Throttled = false) : SendResult;

    /// <summary>The provider refused for good (bad number, closed window, blocked bot): the message fails with this reason.</summary>
    public sealed record Rejected(string Code, string Reason) : SendResult;
}
