namespace Tendero.Ai.Routing;

/// <summary>How a tier's failure is treated (REFERENCE §4.4). Every kind fails over to the next tier down.</summary>
public enum FailureKind
{
    /// <summary>A 5xx, an overloaded provider or a broken connection: counts towards the tier's cooldown.</summary>
    Transient,

    /// <summary>The call took longer than <c>models.timeout</c>: counts towards the tier's cooldown.</summary>
    Timeout,

    /// <summary>A 429: the tier rests at once, for the cooldown or the provider's Retry-After, whichever is longer.</summary>
    RateLimited,

    /// <summary>A 400/401/403/404 or a spend limit: retrying cannot help, so the tier rests at once.</summary>
    Permanent,
}
