namespace Tendero.Ai.Tiers;

/// <summary>Why a model call failed, as the router acts on it (REFERENCE §4.4).</summary>
public enum ModelFailureKind
{
    /// <summary>429: cool the tier down for at least <see cref="ModelFailure.RetryAfter"/>.</summary>
    RateLimited,

    /// <summary>Anthropic 529 <c>overloaded_error</c>, or 503 (Groq's "over capacity"): not our quota; back off and fail over.</summary>
    Overloaded,

    /// <summary>Any other 5xx: back off and fail over.</summary>
    ServerError,

    /// <summary>No answer in time, or no connection at all (timeouts, 408/504, socket and I/O errors).</summary>
    Timeout,

    /// <summary>400/401/403/404/413/422 and other 4xx: our request or key is wrong and retrying will not help. Fail over, but report it as configuration.</summary>
    Configuration,

    /// <summary>Anthropic <c>enforced_spend_limit_reached</c>, OpenAI <c>insufficient_quota</c>, 402: never retry until someone pays.</summary>
    SpendLimit,

    /// <summary>An answer came but could not be read (invalid JSON, or JSON that does not fit the schema).</summary>
    Malformed,
}
