using System.Globalization;
using System.Text.Json;

namespace Tendero.Ai.Eval;

/// <summary>The "slots" object of an evaluation case, checked field by field (formats the tiers must produce).</summary>
internal static class NluSlotsJson
{
    public static Slots Parse(JsonElement slots, List<string> problems)
    {
        if (slots.ValueKind != JsonValueKind.Object)
        {
            problems.Add("\"slots\" must be an object");
            return new Slots();
        }
        var date = NluCaseReader.String(slots, "date", problems, required: false);
        if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            problems.Add($"bad date \"{date}\" (yyyy-MM-dd)");
        }
        var time = NluCaseReader.String(slots, "time", problems, required: false);
        if (time is not null && !TimeOnly.TryParseExact(time, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            problems.Add($"bad time \"{time}\" (HH:mm)");
        }
        int? party = null;
        if (slots.TryGetProperty("party_size", out var p) && p.ValueKind != JsonValueKind.Null)
        {
            if (p.ValueKind == JsonValueKind.Number && p.TryGetInt32(out var n) && n > 0)
            {
                party = n;
            }
            else
            {
                problems.Add($"bad party_size {p.GetRawText()} (a whole number above 0)");
            }
        }
        var name = NluCaseReader.String(slots, "name", problems, required: false);
        var dietary = new List<string>();
        if (slots.TryGetProperty("dietary", out var d) && d.ValueKind != JsonValueKind.Null)
        {
            if (d.ValueKind == JsonValueKind.Array && d.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String))
            {
                dietary.AddRange(d.EnumerateArray().Select(e => e.GetString()!));
            }
            else
            {
                problems.Add("\"dietary\" must be a list of strings");
            }
        }
        foreach (var property in slots.EnumerateObject().Where(x => !NluCaseReader.KnownSlots.Contains(x.Name)))
        {
            problems.Add($"unknown slot \"{property.Name}\"");
        }
        return new Slots { Date = date, Time = time, PartySize = party, Name = name, Dietary = dietary };
    }
}
