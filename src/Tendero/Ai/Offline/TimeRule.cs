using System.Text.RegularExpressions;

namespace Tendero.Ai.Offline;

/// <summary>
/// The time of day a message means, as HH:mm. Reads the normal form with digits, after the date has been blanked out.
/// A bare number only counts as a time with a cue ("a las 9", "at 8", "tipo 9"), a clock form ("20:00", "8.30pm") or a
/// suffix ("8pm", "20h"); so "para 4 personas" is never a time. A restaurant books dinners: hours 1 to 11 without
/// "am"/"de la mañana" are evening hours ("a las 9" → 21:00); 12 stays noon unless "12 de la noche"/"12am".
/// </summary>
internal static partial class TimeRule
{
    public static (string? Time, string Remaining) Find(string text)
    {
        var found = new List<(string Time, Match Match)>();
        foreach (Match m in Named().Matches(text))
        {
            found.Add((m.Groups["noon"].Success ? "12:00" : "00:00", m));
        }
        foreach (var m in HalfPast().Matches(text).Concat(Clock().Matches(text).Where(m => Counts(m, text))))
        {
            if (!found.Any(f => f.Match.Index < m.Index + m.Length && m.Index < f.Match.Index + f.Match.Length) && Read(m, text) is { } time)
            {
                found.Add((time, m));
            }
        }
        return found.Count == 0
            ? (null, text)
            : (DateRule.Choose(found, text), found.Aggregate(text, (t, f) => DateRule.Blank(t, f.Match)));
    }

    private static string? Read(Match m, string text)
    {
        var hour = int.Parse(m.Groups["h"].Value);
        var minute = Minutes(m);
        if (minute is < 0 or > 59 || hour > 23)
        {
            return null;
        }
        if (m.Groups["to"].Success)
        {
            hour = hour == 0 ? 23 : hour - 1;
        }
        var period = Period(m, text);
        hour = hour == 12 && period == "pm" && Midnight().IsMatch(text[(m.Index + m.Length)..]) ? 0 : WithPeriod(hour, period);
        return $"{hour:00}:{minute:00}";
    }

    private static bool Counts(Match m, string text) =>
        m.Groups["cue"].Success
        || Morning().IsMatch(text[(m.Index + m.Length)..]) || EveningNext().IsMatch(text[(m.Index + m.Length)..])
        || m.Groups["colon"].Success
        || m.Groups["suf"].Value is "am" or "pm" or "a.m." or "p.m." or "a. m." or "p. m." or "a m" or "p m"
        || (m.Groups["suf"].Value is "h" or "hs" or "hrs" or "ish" && m.Groups["space"].Length == 0);

    private static int Minutes(Match m)
    {
        if (m.Groups["min"].Success)
        {
            return int.Parse(m.Groups["min"].Value);
        }
        return m.Groups["extra"].Value switch
        {
            "media" or "half" => 30,
            "cuarto" or "quarter" => m.Groups["to"].Success ? 45 : 15,
            "" => 0,
            var n when m.Groups["to"].Success => 60 - int.Parse(n),
            var n => int.Parse(n),
        };
    }

    private static string? Period(Match m, string text)
    {
        var suffix = m.Groups["suf"].Value.Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (suffix is "am" or "pm")
        {
            return suffix;
        }
        var after = text.Substring(m.Index + m.Length, Math.Min(30, text.Length - m.Index - m.Length));
        var before = text.Substring(Math.Max(0, m.Index - 25), Math.Min(25, m.Index));
        var near = after + " | " + before;
        return Morning().IsMatch(after) || MorningBefore().IsMatch(before) ? "am"
            : Evening().IsMatch(near) ? "pm"
            : null;
    }

    private static int WithPeriod(int hour, string? period) => period switch
    {
        "am" => hour == 12 ? 0 : hour,
        "pm" => hour < 12 ? hour + 12 : hour,
        _ => hour is >= 1 and <= 11 ? hour + 12 : hour,
    } is var h && h == 24 ? 0 : h;

    [GeneratedRegex(@"\b(?:(?<noon>mediodia|medio dia|noon|midday)|(?<midnight>medianoche|media noche|midnight))\b")]
    private static partial Regex Named();

    [GeneratedRegex(@"(?<![\d/:.])(?<cue>\b(?:a las|a la|las|at|around|about|tipo|como a las|sobre las|by|till|until|hasta las|desde las|from|after|antes de las|despues de las)\s+)?(?<h>\d{1,2})(?:(?<colon>:)(?<min>\d{2})|\.(?<min>\d{2})(?=\s*(?:am|pm|a\.|p\.|h|$|\s))|\s+(?<to>menos)\s+(?<extra>cuarto|\d{1,2})|\s+(?:y|and)\s+(?<extra>media|cuarto|\d{2})\b|\s+(?<extra>30|15|45)\b)?(?<space>\s*)(?<suf>a\.\s?m\.|p\.\s?m\.|a\s?m|p\s?m|hrs|hs|h|ish)?(?:\b|(?<=\.))(?![/\d])(?!\s*(?:personas|persona|people|persons|pax|guests|of us|adults|adultos|comensales|ppl|kids|ninos|minutos|minutes|mins|min\b|horas|hours|dias|days))")]
    private static partial Regex Clock();

    [GeneratedRegex(@"^\s*(?:de\s+la\s+noche|at\s+night)")]
    private static partial Regex Midnight();

    [GeneratedRegex(@"^\s*(?:de|en|por)\s+la\s+(?:noche|tarde)|^\s*in\s+the\s+(?:evening|afternoon)")]
    private static partial Regex EveningNext();

    [GeneratedRegex(@"\b(?:(?<extra>half|quarter)\s+past|(?<extra>quarter)\s+(?<to>to))\s+(?<h>\d{1,2})\b")]
    private static partial Regex HalfPast();

    [GeneratedRegex(@"^\s*(?:de|en|por)\s+la\s+(?:manana|madrugada)|^\s*(?:in\s+the\s+morning|am\b)")]
    private static partial Regex Morning();

    [GeneratedRegex(@"(?:de|en|por)\s+la\s+manana\s*$|in\s+the\s+morning\s*$")]
    private static partial Regex MorningBefore();

    [GeneratedRegex(@"(?:de|en|por)\s+la\s+(?:noche|tarde)|\bin\s+the\s+(?:evening|afternoon)|\bat\s+night|\btonight|\bpm\b")]
    private static partial Regex Evening();
}
