using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Tendero.Tests.Contracts;

/// <summary>
/// Checks JSON values against the JSON schemas inside one OpenAPI document. It supports what the
/// WhatsApp and Twilio files use: local <c>$ref</c>, <c>type</c> (with 3.0 <c>nullable</c> and 3.1 type
/// arrays), <c>properties</c>, <c>required</c>, <c>additionalProperties</c>, <c>items</c>, <c>enum</c>,
/// <c>const</c>, <c>allOf</c>/<c>oneOf</c>/<c>anyOf</c>/<c>not</c>, <c>discriminator</c> mappings, string
/// lengths, <c>pattern</c> (optional), number bounds and item counts. <c>format</c> is ignored.
/// <paramref name="aliases"/> sends references to one component schema to another (see ContractFiles).
/// </summary>
internal sealed class SchemaChecker(JsonElement document, bool checkPatterns, IReadOnlyDictionary<string, string> aliases)
{
    private const string SchemasPrefix = "#/components/schemas/";

    private readonly ConcurrentDictionary<string, Regex> patterns = new();

    public JsonElement Document => document;

    /// <summary>Errors as "path: problem"; empty when the value satisfies the schema.</summary>
    public IReadOnlyList<string> Check(JsonElement schema, JsonNode? value, string path)
    {
        var run = new SchemaRun(this, []);
        run.Check(schema, value, path, siblings: null);
        return run.Errors.Distinct().ToList(); // A subtype repeats its base's checks.
    }

    /// <summary>Follows a local reference such as <c>#/components/schemas/Message</c>.</summary>
    public JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Only local references are supported, not '{reference}'.");
        }

        if (reference.StartsWith(SchemasPrefix, StringComparison.Ordinal) &&
            aliases.TryGetValue(reference[SchemasPrefix.Length..], out var alias))
        {
            reference = SchemasPrefix + alias;
        }

        var node = document;
        foreach (var raw in reference[2..].Split('/'))
        {
            var name = Uri.UnescapeDataString(raw).Replace("~1", "/", StringComparison.Ordinal)
                .Replace("~0", "~", StringComparison.Ordinal);
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(name, out node))
            {
                throw new KeyNotFoundException($"The contract has no '{reference}'.");
            }
        }

        return node;
    }

    /// <summary>True unless pattern checks are off or the text does not match.</summary>
    public bool MatchesPattern(string pattern, string text) =>
        !checkPatterns || patterns.GetOrAdd(pattern, p => new Regex(p, RegexOptions.None, TimeSpan.FromSeconds(1)))
            .IsMatch(text);

    /// <summary>
    /// The property names that a schema and its <c>allOf</c> parts declare. OpenAPI files put
    /// <c>additionalProperties: false</c> on one part of an <c>allOf</c> and mean the merged object
    /// (Meta's TextMessage = BaseMessageProperties + {text}), so a part must know its siblings' names.
    /// </summary>
    public void CollectProperties(JsonElement schema, HashSet<string> names, HashSet<string> visited)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference) && visited.Add(reference.GetString()!))
        {
            CollectProperties(Resolve(reference.GetString()!), names, visited);
        }

        if (schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in properties.EnumerateObject())
            {
                names.Add(property.Name);
            }
        }

        if (schema.TryGetProperty("allOf", out var parts))
        {
            foreach (var part in parts.EnumerateArray())
            {
                CollectProperties(part, names, visited);
            }
        }
    }
}
