using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Tendero.Simulator.Models;

/// <summary>A request body read by a provider: the valid call, or the sentence the 400 answer carries (and the model, if known).</summary>
internal sealed record ModelRead(ModelRequest? Request, string? Model, string? Error)
{
    public static ModelRead Valid(ModelRequest request) => new(request, request.Ask.Model, null);

    public static ModelRead Invalid(string? model, string error) => new(null, model, error);

    /// <summary>The journal entry of a refused body: its model and which sampling fields it carried, so a 400 shows why.</summary>
    public ModelCallRecord Refused(ModelCallRecord bare, JsonDocument? body)
    {
        var root = body?.RootElement ?? default;
        bool Carries(string name) => root.ValueKind == JsonValueKind.Object && Has(root, name);
        return bare with { Model = Model, HasTemperature = Carries("temperature"), HasTopP = Carries("top_p"), HasTopK = Carries("top_k") };
    }

    /// <summary>The body as JSON, or null when it does not parse.</summary>
    public static async Task<JsonDocument?> ParseAsync(HttpRequest request)
    {
        try
        {
            return await JsonDocument.ParseAsync(request.Body, default, request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Text parts of a content value: a string, or an array of <c>{type:"text",text}</c> blocks (others ignored).</summary>
    public static string? Text(JsonElement content) => content.ValueKind switch
    {
        JsonValueKind.String => content.GetString(),
        JsonValueKind.Null => "",
        JsonValueKind.Array => string.Join("\n", content.EnumerateArray()
            .Where(b => b.ValueKind == JsonValueKind.Object && b.TryGetProperty("type", out var t) && t.ValueEquals("text"))
            .Select(b => b.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : "")),
        _ => null,
    };

    /// <summary>True when the property is present and not null.</summary>
    public static bool Has(JsonElement body, string name) => body.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null;

    /// <summary>An optional positive integer: (present, value, error).</summary>
    public static (int? Value, string? Error) PositiveInt(JsonElement body, string name)
    {
        if (!Has(body, name))
        {
            return (null, null);
        }

        return body.GetProperty(name).TryGetInt32(out var n) && n >= 1 ? (n, null) : (null, $"'{name}' : must be an integer of at least 1");
    }
}
