using System.Globalization;
using System.Text.RegularExpressions;

namespace Tendero.Connectors.Excel;

/// <summary>The outcome of reading text as a date: not date-shaped at all, a real date, or date-shaped but impossible (31/02).</summary>
internal enum TextDateShape { NotADate, Valid, Impossible }

/// <summary>
/// Dates typed as text: 15/01/2025, 1-3-25, 15.01.2025 (day first unless <see cref="DateOrder.Mdy"/>), 2025-01-15,
/// and 15-ene-2025 or "15 de enero de 2025" with Spanish or English month names. Two-digit years are 20yy.
/// </summary>
internal static partial class TextDates
{
    private static readonly string[] Months = ["ene|jan", "feb", "mar", "abr|apr", "may", "jun", "jul", "ago|aug", "sep|set", "oct", "nov", "dic|dec"];

    public static TextDateShape TryParse(string text, DateOrder order, out DateTime value)
    {
        value = default;
        var t = text.Trim();
        int year, month, day;
        var time = TimeSpan.Zero;
        if (Numeric().Match(t) is { Success: true } n)
        {
            var (a, b) = (Int(n.Groups["a"]), Int(n.Groups["b"]));
            (day, month) = order == DateOrder.Dmy ? (a, b) : (b, a);
            year = Year(n.Groups["y"].Value);
            if (n.Groups["h"].Success)
            {
                var (h, m, s) = (Int(n.Groups["h"]), Int(n.Groups["m"]), n.Groups["s"].Success ? Int(n.Groups["s"]) : 0);
                if (h > 23 || m > 59 || s > 59)
                {
                    return TextDateShape.Impossible;
                }
                time = new TimeSpan(h, m, s);
            }
        }
        else if (Iso().Match(t) is { Success: true } iso)
        {
            (year, month, day) = (Int(iso.Groups["y"]), Int(iso.Groups["m"]), Int(iso.Groups["d"]));
        }
        else if (Named().Match(t) is { Success: true } named && MonthNumber(named.Groups["m"].Value) is > 0 and var m)
        {
            (year, month, day) = (Year(named.Groups["y"].Value), m, Int(named.Groups["d"]));
        }
        else
        {
            return TextDateShape.NotADate;
        }
        if (month is < 1 or > 12 || day < 1 || year is < 1 or > 9999 || day > DateTime.DaysInMonth(year, month))
        {
            return TextDateShape.Impossible;
        }
        value = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified) + time;
        return TextDateShape.Valid;
    }

    private static int Int(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);

    private static int Year(string y) => y.Length == 2 ? 2000 + int.Parse(y, CultureInfo.InvariantCulture) : int.Parse(y, CultureInfo.InvariantCulture);

    private static int MonthNumber(string name)
    {
        var key = ColumnNames.Key(name);
        var prefix = key.Length >= 3 ? key[..3] : "";
        return Array.FindIndex(Months, m => m.Split('|').Contains(prefix)) + 1;
    }

    [GeneratedRegex(@"^(?<a>\d{1,2})(?<sep>[/\-.])(?<b>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})(\s+(?<h>\d{1,2}):(?<m>\d{2})(:(?<s>\d{2}))?)?$")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"^(?<y>\d{4})(?<sep>[/\-.])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})$")]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?<d>\d{1,2})[\s\-/]+(de\s+)?(?<m>\p{L}{3,10})\.?[\s\-/]+(de(l)?\s+)?(?<y>\d{4}|\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex Named();
}
