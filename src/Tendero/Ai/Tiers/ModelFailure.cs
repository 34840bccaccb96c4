using System.ClientModel;
using System.Globalization;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Anthropic.Exceptions;

namespace Tendero.Ai.Tiers;

/// <summary>
/// A failed model call as a value the router can act on. <see cref="Classify"/> reads the exceptions of the OpenAI SDK
/// (<see cref="ClientResultException"/>) and the Anthropic SDK (<see cref="AnthropicApiException"/> and its subclasses,
/// <see cref="AnthropicIOException"/>), plus timeouts and unreadable answers. Anything else is a bug and is not classified.
/// </summary>
/// <param name="Detail">A sentence for logs: the status and the provider's message. Never the prompt.</param>
public sealed record ModelFailure(ModelFailureKind Kind, string Detail)
{
    /// <summary>The HTTP status, when there was an answer.</summary>
    public int? Status { get; init; }

    /// <summary>How long the provider asked us to wait (<c>retry-after-ms</c> or <c>retry-after</c>), when it said.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>True for failures that say nothing about the tier's health: our configuration or our money.</summary>
    public bool IsOurs => Kind is ModelFailureKind.Configuration or ModelFailureKind.SpendLimit;

    /// <summary>Classifies <paramref name="exception"/>; throws <see cref="ArgumentException"/> (wrapping it) when it is not a model failure.</summary>
    /// <param name="callerToken">The caller's token: a cancellation it asked for is not a timeout.</param>
    public static ModelFailure Classify(Exception exception, CancellationToken callerToken = default) =>
        TryClassify(exception, out var failure, callerToken) ? failure
            : throw new ArgumentException($"{exception.GetType().Name} is not a model failure.", nameof(exception), exception);

    /// <summary>For <c>catch (Exception e) when (ModelFailure.TryClassify(e, out var failure, ct))</c>: bugs and the caller's own cancellation fall through.</summary>
    public static bool TryClassify(Exception exception, [NotNullWhen(true)] out ModelFailure? failure, CancellationToken callerToken = default)
    {
        if (exception is OperationCanceledException && callerToken.IsCancellationRequested)
        {
            failure = null;
            return false;
        }

        failure = Direct(exception);
        return failure is not null || (exception.InnerException is { } inner && TryClassify(inner, out failure, callerToken));
    }

    /// <summary>The router's own verdict on an answer it could not use (e.g. <c>TryGetResult</c> failed).</summary>
    public static ModelFailure Malformed(string detail) => new(ModelFailureKind.Malformed, detail);

    private static ModelFailure? Direct(Exception exception) => exception switch
    {
        AnthropicApiException e => FromStatus((int)e.StatusCode, e.ResponseBody, RetryAfterInBody(e.ResponseBody),
            e is Anthropic.Models.AnthropicEnforcedSpendLimitReachedException),
        ClientResultException { Status: 0 } e => new ModelFailure(ModelFailureKind.Timeout, $"No answer: {e.Message}"),
        ClientResultException e => FromStatus(e.Status, e.GetRawResponse()?.Content?.ToString(), RetryAfterHeader(e), spendLimit: false),
        OperationCanceledException or TimeoutException => new ModelFailure(ModelFailureKind.Timeout, "The model did not answer in time."),
        AnthropicIOException or HttpRequestException or IOException => new ModelFailure(ModelFailureKind.Timeout, $"No answer: {exception.Message}"),
        JsonException or AnthropicInvalidDataException => new ModelFailure(ModelFailureKind.Malformed, $"Unreadable answer: {exception.Message}"),
        _ => null,
    };

    private static ModelFailure FromStatus(int status, string? body, TimeSpan? retryAfter, bool spendLimit)
    {
        var kind = status switch
        {
            429 when spendLimit || IsSpendLimit(body) => ModelFailureKind.SpendLimit,
            429 => ModelFailureKind.RateLimited,
            402 => ModelFailureKind.SpendLimit,
            529 or 503 => ModelFailureKind.Overloaded,
            408 or 504 => ModelFailureKind.Timeout,
            >= 500 => ModelFailureKind.ServerError,
            >= 400 => ModelFailureKind.Configuration,
            _ => ModelFailureKind.ServerError,
        };
        return new ModelFailure(kind, $"HTTP {status}: {ErrorMessage(body) ?? "no message"}") { Status = status, RetryAfter = retryAfter };
    }

    private static TimeSpan? RetryAfterHeader(ClientResultException e)
    {
        var headers = e.GetRawResponse()?.Headers;
        if (headers is null)
        {
            return null;
        }

        if (headers.TryGetValue("retry-after-ms", out var ms) && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds))
        {
            return TimeSpan.FromMilliseconds(milliseconds);
        }

        return headers.TryGetValue("retry-after", out var seconds)
            && double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? TimeSpan.FromSeconds(s) : null;
    }

    private static TimeSpan? RetryAfterInBody(string? body) =>
        Json(body) is { } root && root.TryGetProperty(RetryAfterCapture.Field, out var ms) && ms.TryGetInt64(out var value)
            ? TimeSpan.FromMilliseconds(value) : null;

    /// <summary>Anthropic <c>error.details.error_code</c> naming a spend limit; OpenAI <c>error.code = insufficient_quota</c>.</summary>
    private static bool IsSpendLimit(string? body)
    {
        if (Json(body) is not { } root || !root.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        var code = error.TryGetProperty("details", out var details) && details.ValueKind == JsonValueKind.Object
            && details.TryGetProperty("error_code", out var c) ? c.GetString()
            : error.TryGetProperty("code", out var openAiCode) && openAiCode.ValueKind == JsonValueKind.String ? openAiCode.GetString() : null;
        return code is "insufficient_quota" || (code?.EndsWith("spend_limit_reached", StringComparison.Ordinal) ?? false);
    }

    private static string? ErrorMessage(string? body) =>
        Json(body) is { } root && root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
            && error.TryGetProperty("message", out var message) ? message.GetString() : null;

    private static JsonElement? Json(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
