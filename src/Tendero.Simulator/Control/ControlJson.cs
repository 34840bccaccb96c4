using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;

namespace Tendero.Simulator.Control;

/// <summary>Bodies of the <c>/_sim</c> endpoints: snake_case fields, enums as names, like the providers and the rest of Tendero.</summary>
internal static class ControlJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static async Task WriteAsync<T>(HttpContext http, T value, int status = 200)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(http.Response.Body, value, Options, http.RequestAborted);
    }

    /// <summary>An RFC 9457 problem with a sentence a person can act on.</summary>
    public static async Task ProblemAsync(HttpContext http, int status, string title, string detail)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/problem+json";
        await JsonSerializer.SerializeAsync(http.Response.Body,
            new { type = "about:blank", title, status, detail }, Options, http.RequestAborted);
    }

    public static async Task<T?> ReadAsync<T>(HttpContext http) where T : class
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(http.Request.Body, Options, http.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>Body of <c>POST /_sim/faults</c>; absent fields keep their current value.</summary>
internal sealed record FaultUpdate(double? ServerErrorRate, double? TimeoutRate, double? DropStatusRate, TimeSpan? TimeoutHold, double? RateLimitRate, TimeSpan? RetryAfter);

/// <summary>Body of <c>POST /_sim/customers/{channel}</c>. Account: phone number id, bot token or account sid. To: SMS only (default: the account's first number).</summary>
internal sealed record CustomerMessage(string Account, string From, string Text, string? Name, string? LanguageCode, string? To);

/// <summary>Body of <c>POST /_sim/customers/whatsapp/tap</c>: which person taps which quick-reply button of their last template.</summary>
internal sealed record ButtonTap(string Account, string From, int Index, string? Text, string? Name);

/// <summary>Body of <c>POST /_sim/config/*-webhook</c>; a null id means every account.</summary>
internal sealed record WebhookConfig(string? PhoneNumberId, string? AccountSid, string? Url);
