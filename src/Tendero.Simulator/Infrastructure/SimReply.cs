using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Tendero.Simulator.Infrastructure;

/// <summary>An answer to an API call: status, JSON body and the provider error code for the journal.</summary>
internal sealed record SimReply(int Status, JsonNode Body, int? ErrorCode = null)
{
    /// <summary>Extra response headers, e.g. Twilio's <c>Retry-After</c>.</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    public async Task WriteAsync(HttpContext context, bool metaAscii)
    {
        var bytes = metaAscii ? SimJson.MetaAscii(Body) : SimJson.Utf8(Body);
        context.Response.StatusCode = Status;
        context.Response.ContentType = "application/json; charset=utf-8";
        foreach (var (name, value) in Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }
}
