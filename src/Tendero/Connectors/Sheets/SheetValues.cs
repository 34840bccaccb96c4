using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tendero.Connectors.Sheets;

/// <summary>
/// A row's values as stored in <c>sheet_writes.cell_values</c>: text, numbers and booleans as themselves, dates and times
/// tagged (<c>{"$date":"2026-11-26"}</c>, <c>{"$time":"20:30:00"}</c>, <c>{"$datetime":"2026-11-26T20:30:00"}</c>) so
/// they come back as dates and land in the sheet as date values.
/// </summary>
public static class SheetValues
{
    public static string Write(IReadOnlyDictionary<string, object?> values)
    {
        var json = new JsonObject();
        foreach (var (header, value) in values)
        {
            json[header] = value switch
            {
                null => null,
                string s => s,
                bool b => b,
                int n => n,
                long n => n,
                decimal n => n,
                double n when double.IsFinite(n) => n,
                DateOnly d => new JsonObject { ["$date"] = d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
                TimeOnly t => new JsonObject { ["$time"] = t.ToString("HH:mm:ss", CultureInfo.InvariantCulture) },
                DateTime dt => new JsonObject { ["$datetime"] = dt.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"The value of '{header}' is a {value.GetType().Name}; a cell holds text, a number, a date or a time."),
            };
        }
        return json.ToJsonString();
    }

    public static Dictionary<string, object?> Read(string text)
    {
        var result = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        using var document = JsonDocument.Parse(text);
        foreach (var cell in document.RootElement.EnumerateObject())
        {
            var v = cell.Value;
            result[cell.Name] = v.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => v.GetString(),
                JsonValueKind.True or JsonValueKind.False => v.GetBoolean(),
                JsonValueKind.Number => v.TryGetInt64(out var whole) ? whole : (object)v.GetDecimal(),
                JsonValueKind.Object when v.TryGetProperty("$date", out var d) => DateOnly.ParseExact(d.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                JsonValueKind.Object when v.TryGetProperty("$time", out var t) => TimeOnly.ParseExact(t.GetString()!, "HH:mm:ss", CultureInfo.InvariantCulture),
                JsonValueKind.Object when v.TryGetProperty("$datetime", out var dt) => DateTime.ParseExact(dt.GetString()!, "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
                _ => throw new JsonException($"The stored value of '{cell.Name}' is not a cell value."),
            };
        }
        return result;
    }
}
