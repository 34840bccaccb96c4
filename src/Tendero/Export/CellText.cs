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

    // Unix milliseconds that a DateTimeOffset can hold; anything else in a time column is shown as the number it is.
    private const long MinMs = -62_135_596_800_000;
    private const long MaxMs = 253_402_300_799_999;

    public static bool IsTime(ColumnInfo column, long ms) => column.IsTime && ms is >= MinMs and <= MaxMs;

    public static string? Format(object? value, ColumnInfo column, TimeZoneInfo zone) => value switch
    {
        null => null,
        long ms when IsTime(column, ms) => Time(ms, zone),
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        byte[] bytes => Convert.ToBase64String(bytes),
        string s => s,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
