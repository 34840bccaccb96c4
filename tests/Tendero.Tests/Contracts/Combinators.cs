using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tendero.Tests.Contracts;

/// <summary>allOf, oneOf, anyOf, not and OpenAPI's discriminator.</summary>
internal static class Combinators
{
    public static void Check(SchemaRun run, JsonElement schema, JsonNode? value, string path, IReadOnlySet<string>? siblings)
    {
        if (schema.TryGetProperty("allOf", out var parts))
        {
            // Every part sees the names its sibling parts declare (see SchemaChecker.CollectProperties).
            var names = new HashSet<string>(siblings ?? new HashSet<string>(), StringComparer.Ordinal);
            run.Owner.CollectProperties(schema, names, []);
            foreach (var part in parts.EnumerateArray())
            {
                run.Check(part, value, path, names);
            }
        }

        var keyword = schema.TryGetProperty("oneOf", out var alternatives) ? "oneOf"
            : schema.TryGetProperty("anyOf", out alternatives) ? "anyOf"
            : null;
        if (!Discriminate(run, schema, value, path, siblings, hasAlternatives: keyword is not null) && keyword is not null)
        {
            CheckAlternatives(run, keyword, alternatives, value, path, siblings);
        }

        if (schema.TryGetProperty("not", out var forbidden) && run.Try(forbidden, value, path, siblings).Count == 0)
        {
            run.Errors.Add($"{path}: must not match {JsonValues.Cut(forbidden.GetRawText())}");
        }
    }

    // oneOf is read as anyOf: these files rarely close their objects, so a payload often fits more
    // than one alternative and "exactly one" would reject what the provider accepts.
    private static void CheckAlternatives(
        SchemaRun run, string keyword, JsonElement alternatives, JsonNode? value, string path, IReadOnlySet<string>? siblings)
    {
        var trials = new List<List<string>>();
        foreach (var alternative in alternatives.EnumerateArray())
        {
            var errors = run.Try(alternative, value, path, siblings);
            if (errors.Count == 0)
            {
                return;
            }

            trials.Add(errors);
        }

        run.Errors.Add($"{path}: matches none of the {alternatives.GetArrayLength()} {keyword} alternatives; the closest fails with:");
        run.Errors.AddRange(JsonValues.Closest(trials, path));
    }

    /// <summary>
    /// Picks the subtype named by the discriminator property (Meta's Message picks TextMessage by
    /// "type": "text"), which gives one precise list of errors instead of eleven failed alternatives.
    /// </summary>
    private static bool Discriminate(
        SchemaRun run, JsonElement schema, JsonNode? value, string path, IReadOnlySet<string>? siblings, bool hasAlternatives)
    {
        if (value is not JsonObject item || !schema.TryGetProperty("discriminator", out var discriminator) ||
            !discriminator.TryGetProperty("mapping", out var mapping) ||
            !discriminator.TryGetProperty("propertyName", out var propertyName))
        {
            return false;
        }

        var name = propertyName.GetString()!;
        var tag = item[name];
        if (JsonValues.KindOf(tag) == "string" && mapping.TryGetProperty(tag!.GetValue<string>(), out var target))
        {
            var reference = target.GetString()!;
            reference = reference.StartsWith('#') ? reference : $"#/components/schemas/{reference}";
            if (run.IsActive(reference, path))
            {
                return false; // Already inside that subtype, which points back at this base through allOf.
            }

            run.CheckRef(reference, value, path, siblings);
            return true;
        }

        if (!hasAlternatives)
        {
            return false; // A discriminating base without oneOf: its own enum speaks for unknown tags.
        }

        var problem = tag is null ? "required property missing"
            : $"{JsonValues.Describe(tag)} is not one of {JsonValues.DescribeList(mapping.EnumerateObject().Select(m => m.Name))}";
        run.Errors.Add($"{ObjectChecks.Child(path, name)}: {problem}");
        return true;
    }
}
