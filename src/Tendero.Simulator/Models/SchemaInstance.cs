using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tendero.Simulator.Models;

/// <summary>
/// The smallest plain value a JSON schema accepts, for the default answer: every declared property, the first enum value,
/// nullable → null, arrays at their minimum length, numbers 0 (or their minimum), strings empty (or a sample of their format).
/// </summary>
internal static class SchemaInstance
{
    private const int MaxDepth = 32;

    public static JsonNode? Build(JsonElement schema) => Build(schema, schema, 0);

    private static JsonNode? Build(JsonElement node, JsonElement root, int depth)
    {
        // A boolean schema, or one nested too deep (a recursive $ref), accepts null as well as anything.
        if (depth > MaxDepth || node.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (node.TryGetProperty("$ref", out var reference) && SchemaPointer.Resolve(root, reference.GetString()) is { } target)
        {
            return Build(target, root, depth + 1);
        }

        if (node.TryGetProperty("const", out var constant))
        {
            return JsonNode.Parse(constant.GetRawText());
        }

        if (node.TryGetProperty("enum", out var values) && values.ValueKind == JsonValueKind.Array && values.GetArrayLength() > 0)
        {
            return JsonNode.Parse(values[0].GetRawText());
        }

        if (node.TryGetProperty("nullable", out var nullable) && nullable.ValueKind == JsonValueKind.True)
        {
            return null;
        }

        foreach (var key in (string[])["anyOf", "oneOf", "allOf"])
        {
            if (node.TryGetProperty(key, out var options) && options.ValueKind == JsonValueKind.Array && options.GetArrayLength() > 0)
            {
                var choices = options.EnumerateArray().ToList();
                return key != "allOf" && choices.Any(IsNullType) ? null : Build(choices[0], root, depth + 1);
            }
        }

        return TypeOf(node) switch
        {
            "null" => null,
            "object" => Object(node, root, depth),
            "array" => Array(node, root, depth),
            "string" => String(node),
            "integer" => JsonValue.Create((long)Math.Ceiling(Lowest(node))),
            "number" => JsonValue.Create(Lowest(node)),
            "boolean" => JsonValue.Create(false),
            _ => null,
        };
    }

    private static string? TypeOf(JsonElement node)
    {
        if (node.TryGetProperty("type", out var type))
        {
            if (type.ValueKind == JsonValueKind.String)
            {
                return type.GetString();
            }

            // ["string", "null"]: null is the simplest valid value.
            var names = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()).ToList() : [];
            return names.Contains("null") ? "null" : names.FirstOrDefault();
        }

        return node.TryGetProperty("properties", out _) ? "object" : node.TryGetProperty("items", out _) ? "array" : null;
    }

    private static bool IsNullType(JsonElement option) => option.ValueKind == JsonValueKind.Object && TypeOf(option) == "null";

    private static JsonObject Object(JsonElement node, JsonElement root, int depth)
    {
        var result = new JsonObject();
        if (node.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in properties.EnumerateObject())
            {
                result[property.Name] = Build(property.Value, root, depth + 1);
            }
        }

        if (node.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array)
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()).OfType<string>().Where(n => !result.ContainsKey(n)))
            {
                result[name] = null;
            }
        }

        return result;
    }

    private static JsonArray Array(JsonElement node, JsonElement root, int depth)
    {
        var result = new JsonArray();
        var count = node.TryGetProperty("minItems", out var min) && min.TryGetInt32(out var n) ? n : 0;
        for (var i = 0; i < count; i++)
        {
            result.Add(node.TryGetProperty("items", out var items) ? Build(items, root, depth + 1) : null);
        }

        return result;
    }

    private static JsonValue String(JsonElement node)
    {
        var format = node.TryGetProperty("format", out var f) ? f.GetString() : null;
        var sample = format switch
        {
            "date-time" => "2000-01-01T00:00:00Z",
            "date" => "2000-01-01",
            "time" => "00:00:00",
            "duration" => "PT0S",
            "email" => "someone@example.com",
            "uri" => "https://example.com/",
            "uuid" => "00000000-0000-0000-0000-000000000000",
            _ => "",
        };
        var minLength = node.TryGetProperty("minLength", out var m) && m.TryGetInt32(out var length) ? length : 0;
        return JsonValue.Create(sample.Length >= minLength ? sample : sample.PadRight(minLength, 'a'));
    }

    /// <summary>0, unless the bounds exclude it: then the nearest allowed whole value.</summary>
    private static double Lowest(JsonElement node)
    {
        double? Bound(string name) => node.TryGetProperty(name, out var v) && v.TryGetDouble(out var d) ? d : null;
        if (Bound("minimum") is { } min && min > 0)
        {
            return Math.Ceiling(min);
        }

        if (Bound("exclusiveMinimum") is { } exclusiveMin && exclusiveMin >= 0)
        {
            return Math.Floor(exclusiveMin) + 1;
        }

        if (Bound("maximum") is { } max && max < 0)
        {
            return Math.Floor(max);
        }

        return Bound("exclusiveMaximum") is { } exclusiveMax && exclusiveMax <= 0 ? Math.Ceiling(exclusiveMax) - 1 : 0;
    }
}
