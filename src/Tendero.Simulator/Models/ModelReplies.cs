using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Tendero.Simulator.Infrastructure;

namespace Tendero.Simulator.Models;

/// <summary>Writing helpers both model servers share: refusals into the journal, server-sent events, answer pieces.</summary>
internal static class ModelReplies
{
    private const int PieceLength = 12;

    /// <summary>Writes an error reply and returns the journal entry with its status and error; the type is found at <c>error.type</c>.</summary>
    public static async Task<ModelCallRecord> RefuseAsync(HttpContext http, ModelCallRecord record, SimReply reply)
    {
        await reply.WriteAsync(http, metaAscii: false);
        var error = reply.Body["error"];
        return record with
        {
            HttpStatus = reply.Status,
            ErrorType = error?["type"]?.GetValue<string>(),
            ErrorMessage = error?["message"]?.GetValue<string>(),
        };
    }

    public static void StartEvents(HttpContext http, IReadOnlyDictionary<string, string> headers)
    {
        http.Response.StatusCode = 200;
        http.Response.ContentType = "text/event-stream; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        foreach (var (name, value) in headers)
        {
            http.Response.Headers[name] = value;
        }
    }

    /// <summary>One SSE event: an optional <c>event:</c> line (Anthropic names its events, OpenAI does not) and a <c>data:</c> line.</summary>
    public static async Task EventAsync(HttpContext http, string? name, string data)
    {
        var text = (name is null ? "" : $"event: {name}\n") + $"data: {data}\n\n";
        await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), http.RequestAborted);
        await http.Response.Body.FlushAsync(http.RequestAborted);
    }

    public static Task EventAsync(HttpContext http, string? name, JsonNode data) => EventAsync(http, name, data.ToJsonString());

    /// <summary>The answer in short pieces, as a model streams it; never splits a surrogate pair.</summary>
    public static IEnumerable<string> Pieces(string text)
    {
        for (var start = 0; start < text.Length;)
        {
            var length = Math.Min(PieceLength, text.Length - start);
            if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]))
            {
                length++;
            }

            yield return text.Substring(start, length);
            start += length;
        }
    }
}
