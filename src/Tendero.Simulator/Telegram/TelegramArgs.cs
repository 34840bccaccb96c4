using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Tendero.Simulator.Telegram;

/// <summary>
/// Method parameters from the query string, a JSON body or a form: the Bot API accepts all three
/// (https://core.telegram.org/bots/api#making-requests). Form and query values are strings; objects in them are JSON text.
/// </summary>
internal sealed class TelegramArgs(Dictionary<string, JsonNode?> values)
{
    /// <summary>Null when the body claims to be JSON but is not a JSON object.</summary>
    public static async Task<TelegramArgs?> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (name, value) in request.Query)
        {
            values[name] = JsonValue.Create(value.ToString());
        }

        if (request.HasJsonContentType())
        {
            JsonNode? body;
            try
            {
                body = await JsonNode.ParseAsync(request.Body, cancellationToken: ct);
            }
            catch (JsonException)
            {
                return null;
            }

            if (body is not JsonObject json)
            {
                return body is null ? new TelegramArgs(values) : null;
            }

            foreach (var (name, value) in json)
            {
                values[name] = value?.DeepClone();
            }
        }
        else if (request.HasFormContentType)
        {
            foreach (var (name, value) in await request.ReadFormAsync(ct))
            {
                values[name] = JsonValue.Create(value.ToString());
            }
        }

        return new TelegramArgs(values);
    }

    public bool Has(string name) => values.TryGetValue(name, out var node) && node is not null;

    /// <summary>A string, or a number written as text (chat ids may be either).</summary>
    public string? String(string name) => values.GetValueOrDefault(name) switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.ToJsonString(),
        _ => null,
    };

    public long? Long(string name) =>
        long.TryParse(String(name), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;

    public bool Bool(string name) => values.GetValueOrDefault(name) switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.True => true,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>() is "true" or "True" or "1",
        _ => false,
    };

    /// <summary>An object parameter such as <c>reply_markup</c>; form posts carry it as JSON text. Throws <see cref="JsonException"/> on bad text.</summary>
    public JsonNode? Object(string name) => values.GetValueOrDefault(name) switch
    {
        JsonObject o => o,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => JsonNode.Parse(v.GetValue<string>()),
        var other => other,
    };
}
