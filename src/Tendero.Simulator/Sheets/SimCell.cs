using System.Globalization;
using System.Text.Json;

namespace Tendero.Simulator.Sheets;

/// <summary>
/// One cell as Sheets stores it after a USER_ENTERED write: its kind, its value (a number, a date serial, text, a formula)
/// and what the sheet shows.
/// </summary>
public sealed record SimCell(string Kind, object? Value, string Display)
{
    public static readonly SimCell Empty = new("empty", null, "");

    private static readonly DateOnly Epoch = new(1899, 12, 30);

    /// <summary>
    /// USER_ENTERED, good enough for tests: a leading apostrophe stores the rest as text, <c>=</c> a formula, numbers and
    /// TRUE/FALSE become values, ISO dates and times become date serials shown as written, the rest is text.
    /// </summary>
    public static SimCell UserEntered(JsonElement input)
    {
        switch (input.ValueKind)
        {
            case JsonValueKind.Number:
                var n = input.GetDecimal();
                return new SimCell("number", n, n.ToString(CultureInfo.InvariantCulture));
            case JsonValueKind.True or JsonValueKind.False:
                return new SimCell("bool", input.GetBoolean(), input.GetBoolean() ? "TRUE" : "FALSE");
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return Empty;
            case JsonValueKind.String:
                return Typed(input.GetString()!);
            default:
                throw new FormatException($"Invalid value at data.values: {input.ValueKind} is not a cell value.");
        }
    }

    private static SimCell Typed(string text)
    {
        var invariant = CultureInfo.InvariantCulture;
        if (text.Length == 0)
        {
            return Empty;
        }
        if (text[0] == '\'')
        {
            return new SimCell("text", text[1..], text[1..]);
        }
        if (text[0] == '=')
        {
            return new SimCell("formula", text, text);
        }
        if (decimal.TryParse(text, NumberStyles.Float, invariant, out var number))
        {
            return new SimCell("number", number, number.ToString(invariant));
        }
        if (text.Equals("TRUE", StringComparison.OrdinalIgnoreCase) || text.Equals("FALSE", StringComparison.OrdinalIgnoreCase))
        {
            var b = text.Equals("TRUE", StringComparison.OrdinalIgnoreCase);
            return new SimCell("bool", b, b ? "TRUE" : "FALSE");
        }
        if (DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm:ss", invariant, DateTimeStyles.None, out var dt))
        {
            var serial = DateOnly.FromDateTime(dt).DayNumber - Epoch.DayNumber + (decimal)dt.TimeOfDay.TotalDays;
            return new SimCell("datetime", serial, text);
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", invariant, DateTimeStyles.None, out var date))
        {
            return new SimCell("date", (decimal)(date.DayNumber - Epoch.DayNumber), text);
        }
        if (TimeOnly.TryParseExact(text, ["HH:mm:ss", "HH:mm"], invariant, DateTimeStyles.None, out var time))
        {
            return new SimCell("time", (decimal)time.ToTimeSpan().TotalDays, text[..5]);
        }
        return new SimCell("text", text, text);
    }
}
