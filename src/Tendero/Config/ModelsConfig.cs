using Tendero.Ai;

namespace Tendero.Config;

/// <summary>
/// A business's model tiers (the <c>models:</c> section). A tier that is not configured, or whose key is not set, is
/// simply absent: the router skips it. The offline tier is always there.
/// </summary>
public sealed record ModelsConfig
{
    public ModelEndpoint? Fast { get; init; }

    public ModelEndpoint? Smart { get; init; }

    /// <summary>A fast answer less sure than this escalates to smart. Default 0.75.</summary>
    public double EscalateBelow { get; init; } = 0.75;

    /// <summary>How long one model call may take before the router gives up on it and fails over.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Failures within <see cref="FailureWindow"/> that put a tier to rest (LiteLLM's allowed_fails).</summary>
    public int AllowedFailures { get; init; } = 3;

    public TimeSpan FailureWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a tier rests after too many failures (or after a 429, at least its Retry-After).</summary>
    public TimeSpan Cooldown { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// What the loader wants said at start-up about tiers that are off, such as "fast tier off: GROQ_API_KEY is not set".
    /// Not errors: the router answers with the tiers that remain, offline at least.
    /// </summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The configured endpoint of a tier, or null (offline has none).</summary>
    public ModelEndpoint? For(ModelTier tier) => tier switch
    {
        ModelTier.Fast => Fast,
        ModelTier.Smart => Smart,
        _ => null,
    };

    /// <summary>Offline only: what a business without a <c>models:</c> section gets.</summary>
    public static ModelsConfig OfflineOnly { get; } = new();
}

/// <summary>One remote model: who serves it, its id, where, the key, what it costs and the daily budget.</summary>
public sealed record ModelEndpoint(
    ModelTier Tier,
    ModelProvider Provider,
    string Model,
    Uri BaseUrl,
    string ApiKey,
    TokenPrice Price,
    long? DailyBudgetMicros);

public enum ModelProvider
{
    /// <summary>Any OpenAI-compatible chat completions endpoint (Groq: https://api.groq.com/openai/v1).</summary>
    OpenAiCompatible,

    /// <summary>Anthropic's Messages API (https://api.anthropic.com).</summary>
    Anthropic,
}

/// <summary>Price per million tokens, in micro-units of <see cref="Currency"/> (0.075 USD per million is 75,000).</summary>
public sealed record TokenPrice(long InputMicrosPerMillion, long OutputMicrosPerMillion, string Currency)
{
    /// <summary>The cost of one call, rounded up to the next micro-unit so that a cost is never under-reported.</summary>
    public long CostMicros(long inputTokens, long outputTokens)
    {
        var total = (Int128)inputTokens * InputMicrosPerMillion + (Int128)outputTokens * OutputMicrosPerMillion;
        return (long)((total + 999_999) / 1_000_000);
    }
}
