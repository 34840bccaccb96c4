using System.Globalization;
using System.Text.Json.Nodes;
using Tendero.Simulator.Infrastructure;

namespace Tendero.Simulator.Models.OpenAi;

/// <summary>Chat completion bodies, stream chunks, errors and Groq's rate-limit headers (REFERENCE §4.4).</summary>
internal static class OpenAiJson
{
    public static JsonObject Completion(string id, DateTimeOffset created, string model, string text, string finishReason, JsonObject usage) => new()
    {
        ["id"] = id,
        ["object"] = "chat.completion",
        ["created"] = SimJson.Epoch(created),
        ["model"] = model,
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = text },
            ["logprobs"] = null,
            ["finish_reason"] = finishReason,
        }),
        ["usage"] = usage,
    };

    /// <summary>A <c>chat.completion.chunk</c>; no delta means the usage-only last chunk (empty choices).</summary>
    public static JsonObject Chunk(string id, DateTimeOffset created, string model, JsonObject? delta, string? finishReason, JsonObject? usage = null)
    {
        var chunk = new JsonObject
        {
            ["id"] = id,
            ["object"] = "chat.completion.chunk",
            ["created"] = SimJson.Epoch(created),
            ["model"] = model,
            ["choices"] = delta is null ? new JsonArray() : new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["delta"] = delta,
                ["logprobs"] = null,
                ["finish_reason"] = finishReason,
            }),
        };
        if (usage is not null)
        {
            chunk["usage"] = usage;
        }

        return chunk;
    }

    public static JsonObject Usage(int prompt, int completion) => new()
    {
        ["prompt_tokens"] = prompt,
        ["completion_tokens"] = completion,
        ["total_tokens"] = prompt + completion,
    };

    /// <summary><c>{"error":{"message","type","code"}}</c>; the type goes to the journal.</summary>
    public static SimReply Error(int status, string message, string type, string? code) =>
        new(status, new JsonObject { ["error"] = new JsonObject { ["message"] = message, ["type"] = type, ["code"] = code } });

    public static SimReply Fault(ModelFault fault, string model) => fault.Kind switch
    {
        // Groq's wording (https://github.com/danielmiessler/Fabric/issues/364), with its retry-after header in whole seconds.
        ModelFaultKind.RateLimited => Error(429, $"Rate limit reached for model `{model}` on tokens per minute (TPM). Please try again in "
                + $"{Seconds(fault.RetryAfter)}s.", "tokens", "rate_limit_exceeded")
            with { Headers = new Dictionary<string, string> { ["retry-after"] = Seconds(fault.RetryAfter) } },
        ModelFaultKind.SpendLimit => Error(429, "You exceeded your current quota, please check your plan and billing details.",
            "insufficient_quota", "insufficient_quota"),
        ModelFaultKind.Overloaded => Error(503, $"{model} is currently over capacity. Please try again and back off exponentially.",
            "internal_server_error", "service_unavailable"),
        _ => Error(500, "Internal Server Error", "internal_server_error", "internal_server_error"),
    };

    /// <summary>Groq's <c>x-ratelimit-*</c>: limits, what remains, and resets as durations such as <c>59.5s</c> or <c>2m3.1s</c>.</summary>
    public static Dictionary<string, string> RateHeaders(ModelRateUse use, string requestId) => new()
    {
        ["x-request-id"] = requestId,
        ["x-ratelimit-limit-requests"] = Text(use.RequestLimit),
        ["x-ratelimit-remaining-requests"] = Text(use.RequestsRemaining),
        ["x-ratelimit-reset-requests"] = Duration(use.ResetIn),
        ["x-ratelimit-limit-tokens"] = Text(use.TokenLimit),
        ["x-ratelimit-remaining-tokens"] = Text(use.TokensRemaining),
        ["x-ratelimit-reset-tokens"] = Duration(use.ResetIn),
    };

    private static string Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Duration(TimeSpan span) => span >= TimeSpan.FromMinutes(1)
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalMinutes}m{span.TotalSeconds % 60:0.##}s")
        : string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.##}s");
}
