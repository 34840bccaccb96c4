using System.Text.RegularExpressions;

namespace Tendero.Connectors.Csv;

/// <summary>
/// Neutralises text that a spreadsheet would run as a formula when it opens a CSV: a leading <c>= + - @</c>, tab, CR or
/// NUL (OWASP CSV injection; ASVS 5.0 V1.2.10, CWE-1236) gets an apostrophe in front. Plain numbers such as <c>-12.5</c>
/// are left alone: CsvHelper's own <c>InjectionOptions</c> mangles them (https://github.com/JoshClose/CsvHelper/issues/2126).
/// </summary>
public static partial class CsvInjectionGuard
{
    /// <summary>The text as it is safe to write into a text cell.</summary>
    public static string Guard(string text) => NeedsGuard(text) ? "'" + text : text;

    /// <summary>True when the text starts like a formula and is not a plain number.</summary>
    public static bool NeedsGuard(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }
        return text[0] switch
        {
            '=' or '@' or '\t' or '\r' or '\0' => true,
            '+' or '-' => !PlainNumber().IsMatch(text),
            _ => false,
        };
    }

    [GeneratedRegex(@"^[+-]?\d+(?:[.,]\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}
