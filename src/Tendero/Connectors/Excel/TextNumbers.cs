using System.Globalization;
using System.Text.RegularExpressions;

namespace Tendero.Connectors.Excel;

/// <summary>
/// Numbers typed as text the way owners type them: decimal commas ("1.234,56", "1234,5"), currency signs
/// ("$ 1.200", "B/. 25,00", "US$ 10"), percentages ("15%", "12,5 %"), and negatives as -12 or (12).
/// A single dot followed by exactly three digits ("1.200") is a thousands separator, as in Latin America.
/// </summary>
internal static partial class TextNumbers
{
    public static bool TryParse(string text, out decimal value)
    {
        value = 0;
        var t = text.Replace('\u00A0', ' ').Replace('\u202F', ' ').Trim();
        var negative = false;
        if (t.Length > 2 && t[0] == '(' && t[^1] == ')')
        {
            (negative, t) = (true, t[1..^1].Trim());
        }
        (negative, t) = Sign(negative, t);
        t = Currency().Replace(t, "").Trim();
        (negative, t) = Sign(negative, t);
        var percent = t.EndsWith('%');
        if (percent)
        {
            t = t[..^1].TrimEnd();
        }
        t = t.Replace(" ", "", StringComparison.Ordinal);
        if (!Shape().IsMatch(t) || Canonical(t) is not { } plain
            || !decimal.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }
        value = (negative ? -value : value) / (percent ? 100m : 1m);
        return true;
    }

    private static (bool Negative, string Text) Sign(bool negative, string t) =>
        t.Length > 1 && t[0] is '-' or '+' ? (negative || t[0] == '-', t[1..].TrimStart()) : (negative, t);

    /// <summary>"1.234,56" → "1234.56": the last separator is the decimal one unless it only groups thousands.</summary>
    private static string? Canonical(string t)
    {
        var (dot, comma) = (t.Contains('.'), t.Contains(','));
        if (dot && comma)
        {
            var (thousands, decimals) = t.LastIndexOf('.') > t.LastIndexOf(',') ? (',', '.') : ('.', ',');
            var cut = t.LastIndexOf(decimals);
            return Grouped(t[..cut], thousands) ? t[..cut].Replace(thousands.ToString(), "", StringComparison.Ordinal) + "." + t[(cut + 1)..] : null;
        }
        var separator = dot ? '.' : ',';
        var count = t.Count(ch => ch == separator);
        if (count == 0)
        {
            return t;
        }
        if (count > 1 || (dot && LatinThousands().IsMatch(t)))
        {
            return Grouped(t, separator) ? t.Replace(separator.ToString(), "", StringComparison.Ordinal) : null;
        }
        return t.Replace(',', '.');
    }

    private static bool Grouped(string integer, char separator) =>
        integer.Split(separator) is var parts && parts[0].Length is >= 1 and <= 3 && parts.Skip(1).All(p => p.Length == 3);

    [GeneratedRegex(@"^(US\$|USD|PAB|EUR|B/\.|S/\.?|Bs\.?|\$|€|₡|£)\s*|\s*(US\$|USD|PAB|EUR|B/\.|\$|€)$", RegexOptions.IgnoreCase)]
    private static partial Regex Currency();

    [GeneratedRegex(@"^(\d[\d.,]*\d|\d)$")]
    private static partial Regex Shape();

    [GeneratedRegex(@"^[1-9]\d{0,2}\.\d{3}$")]
    private static partial Regex LatinThousands();
}
