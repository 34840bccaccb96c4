using System.Text.Json.Serialization;

namespace Tendero.Simulator.Models;

/// <summary>What an injected model fault does to one call.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ModelFaultKind>))]
public enum ModelFaultKind
{
    /// <summary>429 with <c>retry-after</c>: OpenAI <c>rate_limit_exceeded</c>, Anthropic <c>rate_limit_error</c>.</summary>
    [JsonStringEnumMemberName("rate_limited")] RateLimited,

    /// <summary>Anthropic 529 <c>overloaded_error</c>; OpenAI-compatible 503 (Groq's "over capacity").</summary>
    [JsonStringEnumMemberName("overloaded")] Overloaded,

    /// <summary>500: OpenAI <c>internal_server_error</c>, Anthropic <c>api_error</c>.</summary>
    [JsonStringEnumMemberName("server_error")] ServerError,

    /// <summary>The request is held for <see cref="ModelFault.Delay"/> (the client usually gives up first), then answered normally.</summary>
    [JsonStringEnumMemberName("timeout")] Timeout,

    /// <summary>200 with an answer that is not valid JSON (the expected answer cut in half).</summary>
    [JsonStringEnumMemberName("malformed")] Malformed,

    /// <summary>200 with <see cref="ModelFault.Text"/> as the exact answer, e.g. a low-confidence or schema-breaking one.</summary>
    [JsonStringEnumMemberName("content")] Content,

    /// <summary>Anthropic 429 with <c>error.details.error_code = enforced_spend_limit_reached</c>; OpenAI 429 <c>insufficient_quota</c>.</summary>
    [JsonStringEnumMemberName("spend_limit")] SpendLimit,
}
