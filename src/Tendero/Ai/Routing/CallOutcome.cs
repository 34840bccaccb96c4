namespace Tendero.Ai.Routing;

/// <summary>How one call to one tier ended, as the cost ledger records it.</summary>
public enum CallOutcome
{
    /// <summary>An answer that passed the route's check.</summary>
    Ok,

    /// <summary>An answer that failed the route's check (still paid for).</summary>
    Invalid,

    /// <summary>The provider failed (5xx, connection, an unknown error).</summary>
    Failed,

    Timeout,

    RateLimited,

    /// <summary>The provider refused the request for good (bad key, unknown model, spend limit).</summary>
    Rejected,

    /// <summary>The caller gave up while the call was running.</summary>
    Cancelled,
}

public static class CallOutcomeNames
{
    public static string Name(this CallOutcome outcome) => outcome switch
    {
        CallOutcome.Ok => "ok",
        CallOutcome.Invalid => "invalid",
        CallOutcome.Failed => "failed",
        CallOutcome.Timeout => "timeout",
        CallOutcome.RateLimited => "rate_limited",
        CallOutcome.Rejected => "rejected",
        CallOutcome.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    public static CallOutcome Of(FailureKind kind) => kind switch
    {
        FailureKind.Timeout => CallOutcome.Timeout,
        FailureKind.RateLimited => CallOutcome.RateLimited,
        FailureKind.Permanent => CallOutcome.Rejected,
        _ => CallOutcome.Failed,
    };
}
