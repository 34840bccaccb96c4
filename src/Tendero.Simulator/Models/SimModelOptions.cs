namespace Tendero.Simulator.Models;

/// <summary>How the fake model servers answer. Read once, when the simulator is built.</summary>
public sealed class SimModelOptions
{
    /// <summary>
    /// Writes the answers. Null, or a brain that returns null, gives the default answer: a minimal instance of the
    /// requested JSON schema, <c>{}</c> for JSON mode, or a short plain sentence.
    /// </summary>
    public IModelBrain? Brain { get; set; }

    /// <summary>The Bearer token the OpenAI-compatible server accepts; null accepts any non-empty one.</summary>
    public string? OpenAiApiKey { get; set; }

    /// <summary>The <c>x-api-key</c> the Anthropic server accepts; null accepts any non-empty one.</summary>
    public string? AnthropicApiKey { get; set; }

    /// <summary>The per-minute request limit reported in the rate-limit headers (not enforced; script a 429 fault instead). Default 1000.</summary>
    public int RequestsPerMinute { get; set; } = 1000;

    /// <summary>The per-minute token limit reported in the rate-limit headers (not enforced). Default 250,000.</summary>
    public int TokensPerMinute { get; set; } = 250_000;
}
