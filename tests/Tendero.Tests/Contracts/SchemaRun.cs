using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tendero.Tests.Contracts;

/// <summary>
/// One walk of a value through a schema, collecting errors. <paramref name="active"/> holds the
/// references being checked at each path: meeting one again at the same path is a <c>$ref</c> cycle
/// (or a subtype pointing back at its discriminating base) and is not followed twice.
/// </summary>
internal sealed class SchemaRun(SchemaChecker owner, HashSet<string> active)
{
    public List<string> Errors { get; } = [];

    public SchemaChecker Owner => owner;

    public void Check(JsonElement schema, JsonNode? value, string path, IReadOnlySet<string>? siblings)
    {
        if (schema.ValueKind == JsonValueKind.False)
        {
            Errors.Add($"{path}: no value is allowed here");
            return;
        }

        if (schema.ValueKind != JsonValueKind.Object || (value is null && AllowsNull(schema)))
        {
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            CheckRef(reference.GetString()!, value, path, siblings);
        }

        if (!CheckType(schema, value, path))
        {
            return; // Deeper checks of a value of the wrong kind only add noise.
        }

        CheckEnum(schema, value, path);
        switch (value)
        {
            case JsonObject item:
                ObjectChecks.Check(this, schema, item, path, siblings);
                break;
            case JsonArray list:
                ScalarChecks.CheckArray(this, schema, list, path);
                break;
            case JsonValue scalar:
                ScalarChecks.CheckScalar(this, schema, scalar, path);
                break;
        }

        Combinators.Check(this, schema, value, path, siblings);
    }

    public void CheckRef(string reference, JsonNode? value, string path, IReadOnlySet<string>? siblings)
    {
        var key = $"{reference}@{path}";
        if (!active.Add(key))
        {
            return;
        }

        try
        {
            Check(owner.Resolve(reference), value, path, siblings);
        }
        finally
        {
            active.Remove(key);
        }
    }

    public bool IsActive(string reference, string path) => active.Contains($"{reference}@{path}");

    /// <summary>Checks a value on the side, for trying the alternatives of oneOf, anyOf and not.</summary>
    public List<string> Try(JsonElement schema, JsonNode? value, string path, IReadOnlySet<string>? siblings)
    {
        var trial = new SchemaRun(owner, active);
        trial.Check(schema, value, path, siblings);
        return trial.Errors;
    }

    private static bool AllowsNull(JsonElement schema)
    {
        if (schema.TryGetProperty("nullable", out var nullable) && nullable.ValueKind == JsonValueKind.True)
        {
            return true;
        }

        return Types(schema).Contains("null") ||
            (schema.TryGetProperty("enum", out var options) && options.EnumerateArray().Any(o => o.ValueKind == JsonValueKind.Null));
    }

    private static List<string> Types(JsonElement schema) =>
        !schema.TryGetProperty("type", out var type) ? []
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList()
        : [type.GetString()!];

    private bool CheckType(JsonElement schema, JsonNode? value, string path)
    {
        var types = Types(schema);
        if (types.Count == 0 || types.Any(t => JsonValues.HasType(value, t)))
        {
            return true;
        }

        Errors.Add($"{path}: expected {string.Join(" or ", types)}, got {JsonValues.KindOf(value)}");
        return false;
    }

    private void CheckEnum(JsonElement schema, JsonNode? value, string path)
    {
        if (schema.TryGetProperty("enum", out var options) && !options.EnumerateArray().Any(o => JsonValues.SameAs(value, o)))
        {
            var list = JsonValues.DescribeList(options.EnumerateArray().Select(JsonValues.DescribeEntry));
            Errors.Add($"{path}: {JsonValues.Describe(value)} is not one of {list}");
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonValues.SameAs(value, constant))
        {
            Errors.Add($"{path}: {JsonValues.Describe(value)} is not {JsonValues.DescribeEntry(constant)}");
        }
    }
}
