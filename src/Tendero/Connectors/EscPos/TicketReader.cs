using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Tendero.Connectors.EscPos;

/// <summary>
/// Reads a kitchen ticket from JSON (snake_case). The JSON comes from outside (an agent's event, a file given to the
/// CLI), so everything is checked and every problem is reported at once, by field: sizes are bounded, unknown fields
/// are refused (a typo would otherwise drop an allergy silently), and control characters are refused, because an ESC
/// or GS inside a name would be a printer command.
/// </summary>
public static class TicketReader
{
    public const int MaxBytes = 64 * 1024;
    public const int MaxItems = 100;
    public const int MaxAllergies = 20;

    private static readonly string[] Known = ["title", "table", "customer", "time", "items", "allergies", "footer", "width"];
    private static readonly string[] ItemFields = ["quantity", "name", "notes"];

    public static KitchenTicket Parse(string json)
    {
        if (Encoding.UTF8.GetByteCount(json) > MaxBytes)
        {
            throw new TicketFormatException($"the ticket is larger than {MaxBytes / 1024} KB");
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException e)
        {
            throw new TicketFormatException($"the ticket is not valid JSON: {e.Message}");
        }
        using (document)
        {
            return Read(document.RootElement);
        }
    }

    private static KitchenTicket Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new TicketFormatException("the ticket must be a JSON object with title, time and items");
        }
        var errors = new List<string>();
        foreach (var unknown in root.EnumerateObject().Select(p => p.Name).Where(n => !Known.Contains(n)))
        {
            errors.Add($"{unknown}: is not a ticket field (the fields are {string.Join(", ", Known)})");
        }
        var title = Text(root, "title", 100, errors, required: true) ?? "";
        var table = Text(root, "table", 100, errors);
        var customer = Text(root, "customer", 100, errors);
        if (table is null && customer is null)
        {
            errors.Add("table: give the table or the customer");
        }
        var time = Time(root, errors);
        var items = Items(root, errors);
        var allergies = Allergies(root, errors);
        var footer = Text(root, "footer", 300, errors);
        var width = Width(root, errors);
        if (errors.Count > 0)
        {
            throw new TicketFormatException(string.Join("; ", errors));
        }
        return new KitchenTicket(title, table, customer, time, items, allergies, footer, width);
    }

    private static DateTimeOffset Time(JsonElement root, List<string> errors)
    {
        var text = Text(root, "time", 40, errors, required: true);
        if (text is null)
        {
            return default;
        }
        if (!DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"],
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) || !HasOffset(text))
        {
            errors.Add($"time: '{text}' is not an ISO 8601 time with its offset, such as 2026-11-26T20:15:00-05:00");
        }
        return time;
    }

    private static bool HasOffset(string text) => text.EndsWith('Z') || text.Length > 6 && text[^6] is '+' or '-';

    private static List<TicketItem> Items(JsonElement root, List<string> errors)
    {
        var items = new List<TicketItem>();
        if (!root.TryGetProperty("items", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            errors.Add($"items: is required: a list of 1-{MaxItems} items such as {{\"quantity\": 2, \"name\": \"Sancocho\"}}");
            return items;
        }
        if (list.GetArrayLength() > MaxItems)
        {
            errors.Add($"items: at most {MaxItems} items on one ticket");
            return items;
        }
        var i = 0;
        foreach (var item in list.EnumerateArray())
        {
            var at = $"items[{i++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                errors.Add($"{at}: must be an object with quantity, name and notes");
                continue;
            }
            foreach (var unknown in item.EnumerateObject().Select(p => p.Name).Where(n => !ItemFields.Contains(n)))
            {
                errors.Add($"{at}.{unknown}: is not an item field (the fields are quantity, name, notes)");
            }
            var quantity = 0;
            if (!item.TryGetProperty("quantity", out var q) || q.ValueKind != JsonValueKind.Number || !q.TryGetInt32(out quantity) || quantity is < 1 or > 999)
            {
                errors.Add($"{at}.quantity: must be a whole number from 1 to 999");
            }
            var name = Text(item, "name", 200, errors, required: true, prefix: at + ".") ?? "";
            var notes = Text(item, "notes", 500, errors, prefix: at + ".");
            items.Add(new TicketItem(quantity, name, notes));
        }
        return items;
    }

    private static List<string> Allergies(JsonElement root, List<string> errors)
    {
        var allergies = new List<string>();
        if (!root.TryGetProperty("allergies", out var list) || list.ValueKind == JsonValueKind.Null)
        {
            return allergies;
        }
        if (list.ValueKind != JsonValueKind.Array || list.GetArrayLength() > MaxAllergies)
        {
            errors.Add($"allergies: must be a list of at most {MaxAllergies} texts, such as [\"maní\", \"gluten\"]");
            return allergies;
        }
        var i = 0;
        foreach (var allergy in list.EnumerateArray())
        {
            var field = $"allergies[{i++}]";
            if (allergy.ValueKind != JsonValueKind.String)
            {
                errors.Add($"{field}: must be a text such as \"maní\"");
                continue;
            }
            switch (Clean(allergy.GetString()!, field, 50, errors))
            {
                case { Length: > 0 } text:
                    allergies.Add(text);
                    break;
                case { Length: 0 }:
                    errors.Add($"{field}: is empty");
                    break;
            }
        }
        return allergies;
    }

    private static int? Width(JsonElement root, List<string> errors)
    {
        if (!root.TryGetProperty("width", out var width) || width.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (width.ValueKind == JsonValueKind.Number && width.TryGetInt32(out var columns) && TicketWidths.IsSupported(columns))
        {
            return columns;
        }
        errors.Add("width: must be 32, 42 or 48 (characters per line)");
        return null;
    }

    private static string? Text(JsonElement parent, string name, int max, List<string> errors, bool required = false, string prefix = "")
    {
        var field = prefix + name;
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                errors.Add($"{field}: is required");
            }
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add($"{field}: must be a text");
            return null;
        }
        var text = Clean(value.GetString()!, field, max, errors);
        if (text is { Length: 0 } && required)
        {
            errors.Add($"{field}: is required");
        }
        return text is { Length: 0 } ? null : text;
    }

    // Line breaks and tabs become spaces (the layout wraps); any other control character could be a printer command.
    private static string? Clean(string text, string field, int max, List<string> errors)
    {
        if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            errors.Add($"{field}: contains control characters, which a printer would take as commands");
            return null;
        }
        var trimmed = string.Join(' ', text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        if (trimmed.Length > max)
        {
            errors.Add($"{field}: at most {max} characters");
            return null;
        }
        return trimmed;
    }
}
