using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tendero.Tests.Contracts;

/// <summary>
/// Small helpers shared by the validators: the JSON-schema kind of a value, equality between a value
/// under test (a <see cref="JsonNode"/>) and a value in a contract (a <see cref="JsonElement"/>),
/// and short renderings for error messages.
/// </summary>
internal static class JsonValues
{
    /// <summary>"null", "object", "array", "string", "boolean", "integer" or "number".</summary>
    public static string KindOf(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        _ => value.GetValueKind() switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            JsonValueKind.Number => IsIntegral(value) ? "integer" : "number",
            _ => "null",
        },
    };

    /// <summary>True when a value has the named JSON-schema type; "number" includes integers.</summary>
    public static bool HasType(JsonNode? value, string type)
    {
        var kind = KindOf(value);
        return kind == type || (type == "number" && kind == "integer");
    }

    public static decimal? NumberOf(JsonNode? value) =>
        value is JsonValue && value.GetValueKind() == JsonValueKind.Number &&
        decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    /// <summary>Compares a value under test with an enum or const entry of a contract.</summary>
    public static bool SameAs(JsonNode? value, JsonElement expected)
    {
        var kind = KindOf(value);
        return expected.ValueKind switch
        {
            JsonValueKind.Null => kind == "null",
            JsonValueKind.True => kind == "boolean" && value!.GetValue<bool>(),
            JsonValueKind.False => kind == "boolean" && !value!.GetValue<bool>(),
            JsonValueKind.String => kind == "string" && value!.GetValue<string>() == expected.GetString(),
            JsonValueKind.Number => expected.TryGetDecimal(out var number) && NumberOf(value) == number,
            _ => JsonNode.DeepEquals(value, JsonNode.Parse(expected.GetRawText())),
        };
    }

    /// <summary>A value as it reads in an error: strings quoted with ' and long values cut.</summary>
    public static string Describe(JsonNode? value)
    {
        var text = KindOf(value) == "string" ? $"'{value!.GetValue<string>()}'" : value?.ToJsonString() ?? "null";
        return Cut(text);
    }

    /// <summary>Enum entries as a list: [text, template, …].</summary>
    public static string DescribeList(IEnumerable<string> items)
    {
        const int Shown = 12;
        var all = items.ToList();
        var shown = string.Join(", ", all.Take(Shown));
        return all.Count > Shown ? $"[{shown}, …]" : $"[{shown}]";
    }

    public static string DescribeEntry(JsonElement entry) =>
        entry.ValueKind == JsonValueKind.String ? entry.GetString()! : entry.GetRawText();

    /// <summary>
    /// The failed alternative most likely meant: the one with the fewest errors about the value's own
    /// shape (wrong kind, missing or unknown properties), which say "wrong alternative", then the
    /// fewest errors overall. Errors about a present property's content say "right alternative,
    /// wrong details", the more useful report.
    /// </summary>
    public static List<string> Closest(IEnumerable<List<string>> trials, string path) =>
        trials.OrderBy(errors => errors.Count(e => IsAboutShape(e, path))).ThenBy(errors => errors.Count).First();

    public static string Cut(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "…");

    private static bool IsAboutShape(string error, string path)
    {
        var at = error.IndexOf(": ", StringComparison.Ordinal);
        var where = at < 0 ? error : error[..at];
        var what = at < 0 ? "" : error[(at + 2)..];
        var child = where.StartsWith($"{path}.", StringComparison.Ordinal) && where.IndexOfAny(['.', '['], path.Length + 1) < 0;
        return where == path || (child && (what.StartsWith("required ", StringComparison.Ordinal) || what.StartsWith("unknown ", StringComparison.Ordinal)));
    }

    private static bool IsIntegral(JsonNode value)
    {
        var raw = value.ToJsonString();
        return decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number == decimal.Truncate(number)
            : double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var big) && big == Math.Floor(big);
    }
}
