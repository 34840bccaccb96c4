using Tendero.Config;

namespace Tendero.Ai;

/// <summary>Turns a customer's text into an <see cref="Understanding"/> through the business's model tiers.</summary>
public interface IUnderstander
{
    /// <param name="at">When the message was written: relative dates ("mañana") are resolved from it, in the business's time zone.</param>
    Task<Understood> UnderstandAsync(BusinessConfig business, string text, DateTimeOffset at, CancellationToken ct);
}

/// <summary>The answer, and the tier that gave it.</summary>
public sealed record Understood(Understanding Understanding, ModelTier Tier);
