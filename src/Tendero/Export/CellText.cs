using System.Globalization;

namespace Tendero.Export;

/// <summary>How a value reads in a text format (CSV, JSON): times as ISO 8601 with the business's offset, numbers invariant.</summary>
public static class CellText
{
    public const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffzzz";

    public static DateTimeOffset Local(long ms, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(ms), zone);

    public static string Time(long ms, TimeZoneInfo zone) => Local(ms, zone).ToString(TimeFormat, CultureInfo.InvariantCulture);

    /// <summary>Reads back what <see cref="Time"/> wrote (any ISO 8601 time with an offset).</summary>
    public static long ParseTime(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind).ToUnixTimeMilliseconds();

    public static string? Format(object? value, ColumnInfo column, TimeZoneInfo zone) => value switch
    {
        null => null,
        long ms when column.IsTime => Time(ms, zone),
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        byte[] bytes => Convert.ToBase64String(bytes),
        string s => s,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
