using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tendero.Tests.Contracts;

/// <summary>The string, number and array keywords: lengths, pattern, bounds, items and counts.</summary>
internal static class ScalarChecks
{
    public static void CheckScalar(SchemaRun run, JsonElement schema, JsonValue value, string path)
    {
        if (JsonValues.KindOf(value) == "string")
        {
            CheckString(run, schema, value.GetValue<string>(), path);
        }
        else if (JsonValues.NumberOf(value) is { } number)
        {
            CheckNumber(run, schema, number, path);
        }
    }

    public static void CheckArray(SchemaRun run, JsonElement schema, JsonArray value, string path)
    {
        if (schema.TryGetProperty("items", out var items))
        {
            for (var i = 0; i < value.Count; i++)
            {
                run.Check(items, value[i], $"{path}[{i}]", siblings: null);
            }
        }

        if (schema.TryGetProperty("minItems", out var min) && value.Count < min.GetInt32())
        {
            run.Errors.Add($"{path}: has {value.Count} items, under minItems {min.GetInt32()}");
        }

        if (schema.TryGetProperty("maxItems", out var max) && value.Count > max.GetInt32())
        {
            run.Errors.Add($"{path}: has {value.Count} items, over maxItems {max.GetInt32()}");
        }
    }

    private static void CheckString(SchemaRun run, JsonElement schema, string text, string path)
    {
        // JSON Schema counts characters as code points, so an emoji is one, not two UTF-16 units.
        var length = text.EnumerateRunes().Count();
        if (schema.TryGetProperty("minLength", out var min) && length < min.GetInt32())
        {
            run.Errors.Add($"{path}: length {length} is under minLength {min.GetInt32()}");
        }

        if (schema.TryGetProperty("maxLength", out var max) && length > max.GetInt32())
        {
            run.Errors.Add($"{path}: length {length} is over maxLength {max.GetInt32()}");
        }

        if (schema.TryGetProperty("pattern", out var pattern) && !run.Owner.MatchesPattern(pattern.GetString()!, text))
        {
            run.Errors.Add($"{path}: {JsonValues.Describe(JsonValue.Create(text))} does not match pattern {pattern.GetString()}");
        }
    }

    private static void CheckNumber(SchemaRun run, JsonElement schema, decimal number, string path)
    {
        // OpenAPI 3.0 writes exclusiveMinimum as a flag beside minimum, 3.1 as a number of its own.
        var exclusiveMin = schema.TryGetProperty("exclusiveMinimum", out var flagMin) && flagMin.ValueKind == JsonValueKind.True;
        var exclusiveMax = schema.TryGetProperty("exclusiveMaximum", out var flagMax) && flagMax.ValueKind == JsonValueKind.True;
        if (schema.TryGetProperty("minimum", out var min) && (number < min.GetDecimal() || (exclusiveMin && number == min.GetDecimal())))
        {
            run.Errors.Add($"{path}: {number} is under minimum {min.GetDecimal()}");
        }

        if (schema.TryGetProperty("maximum", out var max) && (number > max.GetDecimal() || (exclusiveMax && number == max.GetDecimal())))
        {
            run.Errors.Add($"{path}: {number} is over maximum {max.GetDecimal()}");
        }

        if (flagMin.ValueKind == JsonValueKind.Number && number <= flagMin.GetDecimal())
        {
            run.Errors.Add($"{path}: {number} is not over exclusiveMinimum {flagMin.GetDecimal()}");
        }

        if (flagMax.ValueKind == JsonValueKind.Number && number >= flagMax.GetDecimal())
        {
            run.Errors.Add($"{path}: {number} is not under exclusiveMaximum {flagMax.GetDecimal()}");
        }
    }
}
