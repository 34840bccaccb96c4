using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Tendero.Solutions.Reservations;

/// <summary>
/// Reads cells the way staff type them: headers whatever their accents and case, dates as ISO, day/month/year, or Excel
/// serials, times as <c>20:00</c>, <c>8 pm</c>, <c>8:30 p.m.</c>, <c>20h</c> or a day fraction. Null when a value cannot be read.
/// </summary>
public static partial class SheetText
{
    /// <summary>A header or word folded for comparison: no accents, lower case, single spaces, no punctuation around it.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return Spaces().Replace(builder.ToString(), " ").Trim();
    }

    /// <summary>A cell's text without the apostrophe a sheet may show for text that looked like a number or formula.</summary>
    public static string Clean(string? cell) => (cell ?? "").Trim().TrimStart('\'').Trim();

    /// <param name="dayFirst">How to read 03/04/2026: day first (es) or month first (en) when both are 12 or less.</param>
    public static DateOnly? Date(string? cell, bool dayFirst = true)
    {
        var text = Clean(cell);
        if (text.Length == 0)
        {
            return null;
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial))
        {
            return serial is >= 1 and < 2_958_466 ? DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial))) : null;
        }
        var first = text.Split([' ', 'T'], 2)[0];
        if (DateOnly.TryParseExact(first, ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return iso;
        }
        if (DayMonthYear().Match(first) is { Success: true } m)
        {
            int a = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), b = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            var year = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
            year = year < 100 ? 2000 + year : year;
            var (day, month) = a > 12 || (dayFirst && b <= 12) ? (a, b) : (b, a);
            return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
        }
        foreach (var culture in new[] { CultureInfo.GetCultureInfo("es-ES"), CultureInfo.GetCultureInfo("en-US") })
        {
            if (DateTime.TryParse(text, culture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
            {
                return DateOnly.FromDateTime(parsed);
            }
        }
        return null;
    }

    public static TimeOnly? Time(string? cell)
    {
        var text = Clean(cell);
        if (text.Length == 0)
        {
            return null;
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var fraction) && fraction is >= 0 and < 1 && text.Contains('.'))
        {
            var minutes = (int)Math.Round(fraction * 24 * 60);
            return minutes < 24 * 60 ? new TimeOnly(minutes / 60, minutes % 60) : null;
        }
        if (Clock().Match(text.ToLowerInvariant()) is not { Success: true } m)
        {
            return null;
        }
        var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var meridiem = m.Groups["ap"].Success ? m.Groups["ap"].Value[0] : ' ';
        if (meridiem != ' ')
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }
            hour = meridiem == 'p' ? hour % 12 + 12 : hour % 12;
        }
        return hour is >= 0 and < 24 && minute is >= 0 and < 60 ? new TimeOnly(hour, minute) : null;
    }

    /// <summary>A count such as a party size: <c>4</c>, <c>4.0</c>, <c>4 personas</c>.</summary>
    public static int? Count(string? cell)
    {
        var match = Leading().Match(Clean(cell));
        return match.Success && double.TryParse(match.Value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
            && n >= 0 && n < 100_000 && n == Math.Floor(n) ? (int)n : null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^(?<h>\d{1,2})(?:\s*[:.hH]\s*(?<m>\d{2}))?(?::\d{2})?\s*(?:h|hs|hrs)?\s*(?:(?<ap>[ap])\.?\s*m\.?)?$")]
    private static partial Regex Clock();

    [GeneratedRegex(@"^\d+(?:[.,]\d+)?")]
    private static partial Regex Leading();
}
