using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tendero.Tests.Contracts;

/// <summary>The object keywords: properties, required and additionalProperties.</summary>
internal static class ObjectChecks
{
    public static void Check(SchemaRun run, JsonElement schema, JsonObject value, string path, IReadOnlySet<string>? siblings)
    {
        var known = new HashSet<string>(siblings ?? new HashSet<string>(), StringComparer.Ordinal);
        if (schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in properties.EnumerateObject())
            {
                known.Add(property.Name);
                if (value.TryGetPropertyValue(property.Name, out var child))
                {
                    run.Check(property.Value, child, Child(path, property.Name), siblings: null);
                }
            }
        }

        if (schema.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array)
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(n => !value.ContainsKey(n)))
            {
                run.Errors.Add($"{Child(path, name)}: required property missing");
            }
        }

        if (!schema.TryGetProperty("additionalProperties", out var additional) || additional.ValueKind == JsonValueKind.True)
        {
            return; // The spec is silent: extra properties are allowed.
        }

        run.Owner.CollectProperties(schema, known, []);
        foreach (var (name, child) in value.Where(p => !known.Contains(p.Key)))
        {
            if (additional.ValueKind == JsonValueKind.False)
            {
                run.Errors.Add($"{Child(path, name)}: unknown property");
            }
            else
            {
                run.Check(additional, child, Child(path, name), siblings: null);
            }
        }

    }

    public static string Child(string path, string name) => $"{path}.{name}";
}
