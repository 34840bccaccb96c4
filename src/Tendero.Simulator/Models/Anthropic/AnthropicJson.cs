using System.Globalization;
using System.Text.Json.Nodes;
using Tendero.Simulator.Infrastructure;

namespace Tendero.Simulator.Models.Anthropic;

/// <summary>Messages API bodies, stream events, the error envelope and the <c>anthropic-ratelimit-*</c> headers (REFERENCE §4.4).</summary>
internal static class AnthropicJson
{
    public static JsonObject Message(string id, string model, JsonArray content, string? stopReason, int input, int output) => new()
    {
        ["id"] = id,
        ["type"] = "message",
        ["role"] = "assistant",
        ["model"] = model,
        ["content"] = content,
        ["stop_reason"] = stopReason,
        ["stop_sequence"] = null,
        ["usage"] = Usage(input, output),
    };

    public static JsonObject Text(string text) => new() { ["type"] = "text", ["text"] = text };

    public static JsonObject Usage(int input, int output) => new()
    {
        ["input_tokens"] = input,
        ["output_tokens"] = output,
        ["cache_creation_input_tokens"] = 0,
        ["cache_read_input_tokens"] = 0,
    };

    /// <summary><c>{"type":"error","error":{"type","message"},"request_id"}</c>, with the <c>request-id</c> header too.</summary>
    public static SimReply Error(int status, string type, string message, string requestId, JsonObject? details = null)
    {
        var error = new JsonObject { ["type"] = type, ["message"] = message };
        if (details is not null)
        {
            error["details"] = details;
        }

        return new SimReply(status, new JsonObject { ["type"] = "error", ["error"] = error, ["request_id"] = requestId });
    }

    public static SimReply Fault(ModelFault fault, string requestId) => fault.Kind switch
    {
        ModelFaultKind.RateLimited => Error(429, "rate_limit_error",
                "This request would exceed your organization's rate limit. Please try again later.", requestId)
            with { Headers = new Dictionary<string, string> { ["retry-after"] = Seconds(fault.RetryAfter) } },
        ModelFaultKind.SpendLimit => Error(429, "rate_limit_error",
            "Your organization has reached its monthly spend limit. Raise the limit in the Console to continue.", requestId,
            new JsonObject { ["error_code"] = "enforced_spend_limit_reached" }),
        ModelFaultKind.Overloaded => Error(529, "overloaded_error", "Overloaded", requestId),
        _ => Error(500, "api_error", "Internal server error", requestId),
    };

    public static Dictionary<string, string> RateHeaders(ModelRateUse use, string requestId)
    {
        var reset = use.ResetAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>
        {
            ["request-id"] = requestId,
            ["anthropic-ratelimit-requests-limit"] = Number(use.RequestLimit),
            ["anthropic-ratelimit-requests-remaining"] = Number(use.RequestsRemaining),
            ["anthropic-ratelimit-requests-reset"] = reset,
        };
        foreach (var kind in (string[])["tokens", "input-tokens", "output-tokens"])
        {
            headers[$"anthropic-ratelimit-{kind}-limit"] = Number(use.TokenLimit);
            headers[$"anthropic-ratelimit-{kind}-remaining"] = Number(use.TokensRemaining);
            headers[$"anthropic-ratelimit-{kind}-reset"] = reset;
        }

        return headers;
    }

    private static string Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
