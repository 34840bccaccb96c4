using System.Globalization;
using System.Text.Json;

namespace Tendero.Ai.Eval;

/// <summary>
/// Reads an evaluation set: JSONL, one case a line,
/// <c>{"text":…,"lang":"es"|"en","now":"2026-11-26T10:00:00-05:00","intent":…,"slots":{"date":"yyyy-MM-dd","time":"HH:mm","party_size":4,"name":…,"dietary":[…]}}</c>.
/// Blank lines are skipped. Every bad line is reported with its number and why; reading never stops at the first.
/// </summary>
public static class NluCaseReader
{
    private static readonly string[] SlotNames = ["date", "time", "party_size", "name", "dietary"];

    public static NluReadResult Read(string path) => Parse(File.ReadAllLines(path));

    public static NluReadResult Parse(IEnumerable<string> lines)
    {
        var cases = new List<NluCase>();
        var errors = new List<NluReadError>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var problems = new List<string>();
            var parsed = ParseLine(line, number, problems);
            if (parsed is not null && problems.Count == 0)
            {
                cases.Add(parsed);
            }
            errors.AddRange(problems.Select(p => new NluReadError(number, p)));
        }
        return new NluReadResult(cases, errors);
    }

    private static NluCase? ParseLine(string line, int number, List<string> problems)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            problems.Add($"not valid JSON ({e.Message})");
            return null;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add("not a JSON object");
                return null;
            }
            var text = String(root, "text", problems, required: true);
            if (text is not null && string.IsNullOrWhiteSpace(text))
            {
                problems.Add("\"text\" is empty");
            }
            var lang = String(root, "lang", problems, required: true);
            if (lang is not null and not ("es" or "en"))
            {
                problems.Add($"\"lang\" must be \"es\" or \"en\", not \"{lang}\"");
            }
            var nowText = String(root, "now", problems, required: true);
            var now = DateTimeOffset.MinValue;
            if (nowText is not null && !DateTimeOffset.TryParseExact(nowText, "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out now))
            {
                problems.Add($"\"now\" must be ISO 8601 with an offset (2026-11-26T10:00:00-05:00), not \"{nowText}\"");
            }
            var intent = String(root, "intent", problems, required: true);
            if (intent is not null && !Intents.IsKnown(intent))
            {
                problems.Add($"unknown intent \"{intent}\"");
            }
            var slots = root.TryGetProperty("slots", out var s) ? NluSlotsJson.Parse(s, problems) : new Slots();
            foreach (var property in root.EnumerateObject().Where(p => p.Name is not ("text" or "lang" or "now" or "intent" or "slots")))
            {
                problems.Add($"unknown field \"{property.Name}\"");
            }
            return text is null || lang is null || intent is null ? null : new NluCase(text, lang, now, intent, slots, number);
        }
    }

    internal static string? String(JsonElement parent, string name, List<string> problems, bool required)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                problems.Add($"missing \"{name}\"");
            }
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            problems.Add($"\"{name}\" must be a string");
            return null;
        }
        return value.GetString();
    }

    internal static IReadOnlyList<string> KnownSlots => SlotNames;
}
