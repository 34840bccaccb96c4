using System.Globalization;
using System.Text.Json.Nodes;

namespace Tendero.Connectors.Sheets;

/// <summary>
/// How a value becomes a cell under <c>valueInputOption=USER_ENTERED</c>
/// (https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption): numbers and booleans go as JSON numbers
/// and booleans, so they are values whatever the column's format; dates and times go as ISO text (<c>2026-11-26</c>,
/// <c>20:30:00</c>, <c>2026-11-26 20:30:00</c>), which Sheets parses into a date serial and shows in the column's own
/// date format (or a default one). Text always goes with a leading apostrophe, which Sheets stores as plain text and
/// never shows: that neutralises a formula (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab, CR) and also keeps text that
/// merely looks like a number or a date (<c>0034…</c>, <c>1-2</c>, <c>TRUE</c>) exactly as written. Only in a declared
/// formula column does text go as typed.
/// </summary>
public static class CellValue
{
    public static JsonNode? ToJson(object? value, bool formulaColumn) => value switch
    {
        null => JsonValue.Create(""),
        string text => JsonValue.Create(formulaColumn ? text : "'" + text),
        bool b => JsonValue.Create(b),
        int n => JsonValue.Create(n),
        long n => JsonValue.Create(n),
        decimal n => JsonValue.Create(n),
        double n when double.IsFinite(n) => JsonValue.Create(n),
        DateOnly d => JsonValue.Create(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        TimeOnly t => JsonValue.Create(t.ToString("HH:mm:ss", CultureInfo.InvariantCulture)),
        DateTime dt => JsonValue.Create(dt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
        DateTimeOffset dto => JsonValue.Create(dto.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
        _ => throw new ArgumentException($"A sheet cell cannot hold a {value.GetType().Name}; use text, a number, a date or a time.", nameof(value)),
    };

    /// <summary>
    /// The formula guard on its own, for writers without a quote prefix of their own (a local workbook, CSV): text that
    /// a spreadsheet would run as a formula gets a leading apostrophe.
    /// </summary>
    public static string Neutralise(string text) => LooksLikeFormula(text) ? "'" + text : text;

    public static bool LooksLikeFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>A value read back from JSON (a CLI's <c>--set Personas=4</c> is text; the payloads give typed values).</summary>
    public static string Display(JsonNode? node) => node switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(),
    };
}
