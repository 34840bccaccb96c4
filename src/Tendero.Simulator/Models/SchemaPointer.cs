using System.Globalization;
using System.Text.Json;

namespace Tendero.Simulator.Models;

/// <summary>Follows a schema's local <c>$ref</c> (RFC 6901 pointer after the <c>#</c>), as MEAI and hand-written schemas use them.</summary>
internal static class SchemaPointer
{
    /// <summary>A local JSON pointer such as <c>#/$defs/Slot</c>; null for anything else.</summary>
    public static JsonElement? Resolve(JsonElement root, string? pointer)
    {
        if (pointer is null || !pointer.StartsWith('#'))
        {
            return null;
        }

        var current = root;
        foreach (var token in pointer[1..].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = Uri.UnescapeDataString(token).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(name, out var next))
            {
                current = next;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(name, CultureInfo.InvariantCulture, out var i) && i < current.GetArrayLength())
            {
                current = current[i];
            }
            else
            {
                return null;
            }
        }

        return current;
    }
}
