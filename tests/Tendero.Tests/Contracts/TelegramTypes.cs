using System.Text.Json.Nodes;

namespace Tendero.Tests.Contracts;

/// <summary>
/// Checks JSON values against api.json type names: the primitives Integer, Float, String, Boolean
/// and True, "Array of X", object types (recursively) and union types with subtypes.
/// </summary>
internal sealed class TelegramTypes(IReadOnlyDictionary<string, TelegramShape> shapes)
{
    private const string ArrayOf = "Array of ";

    /// <summary>Checks a value that may be any of <paramref name="alternatives"/>; the first to fit wins.</summary>
    public void Check(IReadOnlyList<string> alternatives, JsonNode? value, string path, List<string> errors)
    {
        if (alternatives.Count == 1)
        {
            CheckOne(alternatives[0], value, path, errors);
            return;
        }

        var trials = new List<List<string>>();
        foreach (var alternative in alternatives)
        {
            var trial = new List<string>();
            CheckOne(alternative, value, path, trial);
            if (trial.Count == 0)
            {
                return;
            }

            trials.Add(trial);
        }

        // "expected Integer or String, got boolean" says it all when every alternative fails on the kind.
        if (trials.All(t => t.Count == 1 && t[0].StartsWith($"{path}: expected ", StringComparison.Ordinal)))
        {
            errors.Add($"{path}: expected {string.Join(" or ", alternatives)}, got {Kind(value)}");
            return;
        }

        errors.Add($"{path}: matches none of {string.Join(", ", alternatives)}; the closest fails with:");
        errors.AddRange(JsonValues.Closest(trials, path));
    }

    /// <summary>Checks an object's fields: required ones present, each of a declared type, no others.</summary>
    public void CheckFields(TelegramShape shape, JsonObject value, string path, List<string> errors)
    {
        foreach (var field in shape.Fields)
        {
            if (value.TryGetPropertyValue(field.Name, out var child))
            {
                Check(field.Types, child, $"{path}.{field.Name}", errors);
            }
            else if (field.Required)
            {
                errors.Add($"{path}.{field.Name}: required field missing");
            }
        }

        var known = shape.Fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        errors.AddRange(value.Where(p => !known.Contains(p.Key)).Select(p => $"{path}.{p.Key}: unknown field"));
    }

    private void CheckOne(string type, JsonNode? value, string path, List<string> errors)
    {
        if (type.StartsWith(ArrayOf, StringComparison.Ordinal))
        {
            if (value is not JsonArray list)
            {
                errors.Add($"{path}: expected {type}, got {Kind(value)}");
                return;
            }

            for (var i = 0; i < list.Count; i++)
            {
                CheckOne(type[ArrayOf.Length..], list[i], $"{path}[{i}]", errors);
            }

            return;
        }

        var fits = type switch
        {
            "Integer" => JsonValues.KindOf(value) == "integer",
            "Float" => JsonValues.HasType(value, "number"),
            "String" => JsonValues.KindOf(value) == "string",
            "Boolean" => JsonValues.KindOf(value) == "boolean",
            "True" => JsonValues.KindOf(value) == "boolean" && value!.GetValue<bool>(),

            // A file travels in a JSON call as a file_id, an HTTP URL or "attach://<part>" (multipart).
            "InputFile" => JsonValues.KindOf(value) == "string",
            _ => (bool?)null,
        };
        if (fits is not null)
        {
            if (fits == false)
            {
                errors.Add($"{path}: expected {type}, got {Kind(value)}");
            }

            return;
        }

        CheckObject(type, value, path, errors);
    }

    private void CheckObject(string type, JsonNode? value, string path, List<string> errors)
    {
        if (!shapes.TryGetValue(type, out var shape))
        {
            throw new InvalidOperationException($"api.json has no type '{type}' (asked for at {path}).");
        }

        if (shape.Subtypes.Count > 0)
        {
            Check(shape.Subtypes, value, path, errors);
        }
        else if (value is JsonObject item)
        {
            // Types without fields (CallbackGame, ForumTopicClosed) "hold no information": any field is unknown.
            CheckFields(shape, item, path, errors);
        }
        else
        {
            errors.Add($"{path}: expected {type}, got {Kind(value)}");
        }
    }

    private static string Kind(JsonNode? value) => JsonValues.KindOf(value) switch
    {
        "string" or "integer" or "number" or "boolean" => $"{JsonValues.KindOf(value)} {JsonValues.Describe(value)}",
        var other => other,
    };
}
