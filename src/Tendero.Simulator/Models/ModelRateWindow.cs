namespace Tendero.Simulator.Models;

/// <summary>
/// One provider's use in the current minute, for the rate-limit headers every answer carries (Groq's <c>x-ratelimit-*</c>,
/// Anthropic's <c>anthropic-ratelimit-*</c>). Reported, not enforced: a test that wants a 429 scripts one.
/// </summary>
internal sealed class ModelRateWindow(SimModelOptions options, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly Lock gate = new();
    private DateTimeOffset start = DateTimeOffset.MinValue;
    private int requests;
    private long tokens;

    /// <summary>Counts one call of <paramref name="callTokens"/> tokens and returns what is left of the minute.</summary>
    public ModelRateUse Take(int callTokens)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            if (now - start >= Window)
            {
                (start, requests, tokens) = (now, 0, 0);
            }

            requests++;
            tokens += callTokens;
            return new ModelRateUse(options.RequestsPerMinute, Math.Max(0, options.RequestsPerMinute - requests),
                options.TokensPerMinute, (int)Math.Max(0, options.TokensPerMinute - tokens), start + Window, start + Window - now);
        }
    }
}

/// <summary>Limits and what remains of them; <paramref name="ResetAt"/> is when the minute ends, <paramref name="ResetIn"/> how far off that is.</summary>
internal sealed record ModelRateUse(int RequestLimit, int RequestsRemaining, int TokenLimit, int TokensRemaining, DateTimeOffset ResetAt, TimeSpan ResetIn);
