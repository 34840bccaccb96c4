using System.Text.RegularExpressions;

namespace Tendero.Ai.Offline;

/// <summary>
/// The day a message means, resolved against the message's local date. Reads the normal form with digits
/// (see <see cref="NumberWords"/>). Written dates ("15/12", "15 de diciembre", "dec 15th", "el sábado 12", "el 15")
/// beat relative days ("pasado mañana", "mañana", "hoy", "tonight") and weekdays; among several, <see cref="Choose"/>
/// picks the one a change means. A date without a year that has already passed means next year; a weekday means its
/// next occurrence strictly after today ("el viernes" said on a Friday is next week's; "hoy" is today).
/// </summary>
internal static partial class DateRule
{
    public static (DateOnly? Date, string Remaining) Find(string text, DateOnly today)
    {
        var found = new List<(DateOnly Date, Match Match, bool Written)>();
        foreach (var (rule, isWritten) in Rules)
        {
            foreach (Match m in rule.Regex.Matches(text))
            {
                if (!found.Any(f => Overlap(f.Match, m)) && rule.Resolve(m, today) is { } date)
                {
                    found.Add((date, m, isWritten));
                }
            }
        }
        if (found.Count == 0)
        {
            return (null, text);
        }
        var remaining = found.Aggregate(text, (t, f) => Blank(t, f.Match));
        // "hoy viernes", "mañana sábado": a weekday right after a relative day only describes it.
        found.RemoveAll(f => WeekdayName().IsMatch(f.Match.Value) && !f.Written
            && found.Any(g => RelativeDay().IsMatch(g.Match.Value) && text[(g.Match.Index + g.Match.Length)..f.Match.Index].All(c => c is ' ' or ',')));
        var written = found.Where(f => f.Written).ToList();
        var pool = (written.Count > 0 ? written : found).Select(f => (f.Date, f.Match)).ToList();
        return (Choose(pool, text), remaining);
    }

    /// <summary>
    /// Of several candidates, the one a change means: the last ("del sábado al domingo", "de las 7 a las 8"), unless it
    /// follows "en vez de"/"instead of"/"no" ("a las 9:30 en vez de las 9").
    /// </summary>
    internal static T Choose<T>(List<(T Value, Match Match)> candidates, string text)
    {
        var ordered = candidates.OrderBy(c => c.Match.Index).ToList();
        var kept = ordered.Where(c => !Replaced.IsMatch(text[..c.Match.Index])).ToList();
        if (kept.Count == 0)
        {
            kept = ordered;
        }
        return kept[^1].Value;
    }

    internal static string Blank(string text, Match match) =>
        string.Concat(text.AsSpan(0, match.Index), new string(' ', match.Length), text.AsSpan(match.Index + match.Length));

    private static readonly Regex Replaced = ReplacedBefore();

    private static bool Overlap(Match a, Match b) => a.Index < b.Index + b.Length && b.Index < a.Index + a.Length;

    private static readonly (Rule Rule, bool Written)[] Rules =
    [
        (new(NumericDate(), Numeric), true),
        (new(DayThenMonth(), MonthName), true),
        (new(MonthThenDay(), MonthName), true),
        (new(WeekdayThenDay(), DayOfMonth), true),
        (new(RelativeDay(), Relative), false),
        (new(WeekdayName(), Weekday), false),
        (new(BareDay(), DayOfMonth), true),
    ];

    private sealed record Rule(Regex Regex, Func<Match, DateOnly, DateOnly?> Resolve);

    private static DateOnly? Numeric(Match m, DateOnly today)
    {
        var day = int.Parse(m.Groups["d"].Value);
        var month = int.Parse(m.Groups["m"].Value);
        int? year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value) : null;
        year = year is < 100 ? 2000 + year : year;
        // Day first (Latin America); "12/31" cannot be, so it is read month first.
        return Resolve(day, month, year, today) ?? (month > 12 ? Resolve(month, day, year, today) : null);
    }

    private static DateOnly? MonthName(Match m, DateOnly today)
    {
        int? year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value) : null;
        return Resolve(int.Parse(m.Groups["d"].Value), Months.Number(m.Groups["mon"].Value), year, today);
    }

    private static DateOnly? Relative(Match m, DateOnly today) =>
        today.AddDays(m.Groups["after"].Success ? 2 : m.Groups["next"].Success ? 1 : 0);

    private static DateOnly? Weekday(Match m, DateOnly today)
    {
        var ahead = (WeekdayNumber(m.Groups["w"].Value) - (int)today.DayOfWeek + 7) % 7;
        return today.AddDays(ahead == 0 ? 7 : ahead);
    }

    private static DateOnly? DayOfMonth(Match m, DateOnly today)
    {
        var day = int.Parse(m.Groups["d"].Value);
        for (var month = new DateOnly(today.Year, today.Month, 1); month < today.AddMonths(13); month = month.AddMonths(1))
        {
            if (day <= DateTime.DaysInMonth(month.Year, month.Month) && new DateOnly(month.Year, month.Month, day) >= today)
            {
                return new DateOnly(month.Year, month.Month, day);
            }
        }
        return null;
    }

    private static DateOnly? Resolve(int day, int month, int? year, DateOnly today)
    {
        if (month is < 1 or > 12 || day < 1)
        {
            return null;
        }
        var y = year ?? today.Year;
        if (day > DateTime.DaysInMonth(y, month))
        {
            return null;
        }
        var date = new DateOnly(y, month, day);
        return year is null && date < today && day <= DateTime.DaysInMonth(y + 1, month) ? date.AddYears(1) : date;
    }

    private static int WeekdayNumber(string word) => word switch
    {
        "domingo" or "sunday" or "sun" => 0,
        "lunes" or "monday" or "mon" => 1,
        "martes" or "tuesday" or "tue" or "tues" => 2,
        "miercoles" or "wednesday" or "wed" => 3,
        "jueves" or "thursday" or "thu" or "thur" or "thurs" => 4,
        "viernes" or "friday" or "fri" => 5,
        _ => 6,
    };

    [GeneratedRegex(@"(?<![\d/:])(?<d>\d{1,2})[/\-](?<m>\d{1,2})(?:[/\-](?<y>\d{4}|\d{2}))?(?![\d/:])")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b(?:the\s+)?(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:de\s+|of\s+)?(?<mon>" + Months.Pattern + @")\b(?:,?\s*(?:de(?:l)?\s+)?(?<y>\d{4}))?")]
    private static partial Regex DayThenMonth();

    [GeneratedRegex(@"\b(?<mon>" + Months.Pattern + @")\.?\s+(?:the\s+)?(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?::|am\b|pm\b|personas|people|pax))(?:,?\s*(?<y>\d{4}))?")]
    private static partial Regex MonthThenDay();

    [GeneratedRegex(@"\b(?:(?<after>pasado\s+manana|day\s+after\s+tomorrow)|(?<next>(?<!la\s)manana|tomorrow|tomorow|tommorow|tommorrow|tmrw|2morrow|mnana)|(?<today>hoy|today|tonight|esta\s+noche|esta\s+tarde|this\s+evening))\b")]
    private static partial Regex RelativeDay();

    [GeneratedRegex(@"\b(?<w>domingo|lunes|martes|miercoles|jueves|viernes|sabado|sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tues|tue|wed|thurs|thur|thu|fri|sat)\b")]
    private static partial Regex WeekdayName();

    [GeneratedRegex(@"\b(?:(?:el|para el|del|al)\s+(?:dia\s+)?(?<d>\d{1,2})\b(?!\s*(?::|\d|personas|pax|people|am\b|pm\b|h\b|hrs|horas))|(?:on\s+)?the\s+(?<d>\d{1,2})(?:st|nd|rd|th)\b)")]
    private static partial Regex BareDay();

    [GeneratedRegex(@"\b(?:domingo|lunes|martes|miercoles|jueves|viernes|sabado|sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tues|tue|wed|thurs|thur|thu|fri|sat)\s+(?:the\s+)?(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?::|\d|personas|pax|people|am\b|pm\b|h\b|hrs|horas|de\s+la|y\s+media))")]
    private static partial Regex WeekdayThenDay();

    [GeneratedRegex(@"(?:en vez de|en lugar de|instead of|rather than|\bnot|\bno|\bni)\s+(?:(?:el|la|las|the|on|del|de|for|at|a)\s+)?$")]
    private static partial Regex ReplacedBefore();
}
