using System.Globalization;
using System.Text.RegularExpressions;

namespace Tendero.Connectors.Excel;

/// <summary>
/// How a CSV field goes into a cell: a plain number (no leading zeros, no "+", up to 15 digits so nothing is rounded;
/// a decimal comma when the file is <c>;</c>-separated) as a number, an ISO date (yyyy-mm-dd) as a date serial, the rest as text.
/// </summary>
internal static partial class CsvCellKind
{
    public static double? Number(string text, char delimiter)
    {
        if (Dot().IsMatch(text) || (delimiter == ';' && Comma().IsMatch(text)))
        {
            var digits = text.Count(char.IsAsciiDigit);
            return digits <= 15 ? double.Parse(text.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) : null;
        }
        return null;
    }

    public static DateOnly? Date(string text) =>
        text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    [GeneratedRegex(@"^-?(0|[1-9]\d*)(\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Dot();

    [GeneratedRegex(@"^-?(0|[1-9]\d*)(,\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Comma();
}
