using System.Text.RegularExpressions;

namespace Tendero.Connectors.Csv;

/// <summary>
/// Keeps text cells from running as formulas when a CSV is opened in Excel or a sheet: text that starts with
/// <c>= + - @</c>, TAB, CR or NUL gets a leading apostrophe (OWASP CSV injection; CWE-1236). A plain number such as
/// -12.5 or +507 is left alone, since a spreadsheet reads it as a number, not a formula. Use it for text only; write
/// real numbers as numbers. (CsvHelper's own injection option is off by default and mangles negative numbers.)
/// </summary>
public static partial class CellGuard
{
    /// <summary>The text, with a leading apostrophe when it could start a formula.</summary>
    public static string Guard(string? text) => text is null ? "" : NeedsGuard(text) ? "'" + text : text;

    /// <summary>Whether <paramref name="text"/> starts like a formula (and is not just a signed number).</summary>
    public static bool NeedsGuard(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\0' && !PlainNumber().IsMatch(text);

    [GeneratedRegex(@"^[+-]?\d+(?:[.,]\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}
