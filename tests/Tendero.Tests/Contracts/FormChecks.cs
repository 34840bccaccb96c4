using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tendero.Tests.Contracts;

/// <summary>
/// Checks an <c>application/x-www-form-urlencoded</c> body, where every value arrives as text: each
/// value is read as the type its parameter declares, then checked like JSON. Unlike a JSON body, an
/// undeclared parameter is an error even though the schema is silent: a misspelt <c>StatusCallback</c>
/// is ignored by Twilio and never reported.
/// </summary>
internal static class FormChecks
{
    public static IReadOnlyList<string> Check(SchemaChecker checker, JsonElement schema, IReadOnlyDictionary<string, string> form)
    {
        schema = Flatten(checker, schema);
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return []; // No schema: the spec is silent about the parameters.
        }

        var errors = new List<string>();
        var properties = schema.TryGetProperty("properties", out var declared) ? declared : default;
        if (schema.TryGetProperty("required", out var required))
        {
            errors.AddRange(required.EnumerateArray()
                .Select(r => r.GetString()!)
                .Where(name => !form.ContainsKey(name))
                .Select(name => $"form.{name}: required parameter missing"));
        }

        foreach (var (name, text) in form)
        {
            var path = $"form.{name}";
            if (properties.ValueKind != JsonValueKind.Object || !properties.TryGetProperty(name, out var parameter))
            {
                errors.Add($"{path}: unknown parameter");
                continue;
            }

            var type = TypeOf(checker, parameter);
            var value = type == "array" ? Read(text, TypeOf(checker, Items(checker, parameter))) : Read(text, type);
            if (value is null)
            {
                errors.Add($"{path}: '{JsonValues.Cut(text)}' is not a valid {type}");
                continue;
            }

            errors.AddRange(checker.Check(parameter, type == "array" ? new JsonArray(value) : value, path));
        }

        return errors;
    }

    /// <summary>A form value as a JSON value of the declared type, or null when it does not parse.</summary>
    private static JsonNode? Read(string text, string? type) => type switch
    {
        "integer" => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole) ? JsonValue.Create(whole) : null,
        "number" => decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) ? JsonValue.Create(real) : null,
        "boolean" => bool.TryParse(text, out var flag) ? JsonValue.Create(flag) : null,
        _ => JsonValue.Create(text),
    };

    private static string? TypeOf(SchemaChecker checker, JsonElement schema)
    {
        schema = Flatten(checker, schema);
        return schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("type", out var type) &&
            type.ValueKind == JsonValueKind.String ? type.GetString() : null;
    }

    private static JsonElement Items(SchemaChecker checker, JsonElement schema) =>
        Flatten(checker, schema).TryGetProperty("items", out var items) ? items : default;

    private static JsonElement Flatten(SchemaChecker checker, JsonElement schema)
    {
        while (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference))
        {
            schema = checker.Resolve(reference.GetString()!);
        }

        return schema;
    }
}
