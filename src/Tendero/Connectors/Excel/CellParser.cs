using System.Globalization;
using ExcelNumberFormat;

namespace Tendero.Connectors.Excel;

/// <summary>
/// Turns what ExcelDataReader hands back (double, bool, DateTime, string) plus the cell's number format into a
/// <see cref="CellValue"/>. A double whose format is a date format is an Excel serial date; text is tried as a date,
/// then a number, then yes/no.
/// </summary>
internal static class CellParser
{
    private static readonly Dictionary<string, bool> Booleans = new(StringComparer.Ordinal)
    {
        ["si"] = true, ["sí"] = true, ["yes"] = true, ["true"] = true, ["verdadero"] = true,
        ["no"] = false, ["false"] = false, ["falso"] = false,
    };

    public static CellValue Parse(object? value, string? format, DateOrder order) => value switch
    {
        null or DBNull => CellValue.Empty,
        bool b => new CellValue(CellKind.Boolean, b ? "TRUE" : "FALSE", b ? "true" : "false"),
        DateTime d when d.Year < 1900 => Time(d.TimeOfDay),
        DateTime d => CellValue.FromDate(d, d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
        TimeSpan t => new CellValue(CellKind.Text, t.ToString(), t.ToString("c", CultureInfo.InvariantCulture)),
        string s => ParseText(s, order),
        IConvertible c when c.GetTypeCode() is >= TypeCode.SByte and <= TypeCode.Decimal => ParseNumber(c.ToDouble(CultureInfo.InvariantCulture), format),
        _ => ParseText(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", order),
    };

    public static CellValue ParseText(string text, DateOrder order)
    {
        var trimmed = text.Replace('\u00A0', ' ').Trim();
        if (trimmed.Length == 0)
        {
            return CellValue.Empty;
        }
        var shape = TextDates.TryParse(trimmed, order, out var date);
        if (shape == TextDateShape.Valid)
        {
            return CellValue.FromDate(date, trimmed);
        }
        if (shape == TextDateShape.NotADate && TextNumbers.TryParse(trimmed, out var number))
        {
            return CellValue.FromNumber(number, trimmed);
        }
        return Booleans.TryGetValue(trimmed.ToLowerInvariant(), out var yes)
            ? new CellValue(CellKind.Boolean, trimmed, yes ? "true" : "false")
            : new CellValue(CellKind.Text, trimmed, trimmed);
    }

    // A time of day alone (a serial under 1) is not a date; keep it as text like 14:30:00.
    private static CellValue Time(TimeSpan time) =>
        time.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) is var t ? new CellValue(CellKind.Text, t, t) : CellValue.Empty;

    private static CellValue ParseNumber(double value, string? format)
    {
        var raw = value.ToString("R", CultureInfo.InvariantCulture);
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return new CellValue(CellKind.Text, raw, raw);
        }
        // ExcelDataReader already turns most date-formatted serials into DateTime; this catches the formats it misses.
        if (format is { Length: > 0 } && value is > 0 and < 2958466 && new NumberFormat(format) is { IsValid: true, IsDateTimeFormat: true })
        {
            return value < 1 ? Time(TimeSpan.FromDays(value)) : CellValue.FromDate(DateTime.FromOADate(value), raw);
        }
        return Math.Abs(value) < 1e15 ? CellValue.FromNumber((decimal)value, raw) : new CellValue(CellKind.Number, raw, raw);
    }
}
