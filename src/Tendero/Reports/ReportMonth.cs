using System.Globalization;

namespace Tendero.Reports;

/// <summary>A calendar month in a business's time zone: the period a monthly report covers.</summary>
public readonly record struct ReportMonth(int Year, int Month)
{
    public static bool TryParse(string? text, out ReportMonth month)
    {
        month = default;
        if (text is null || !DateOnly.TryParseExact(text.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || day.Year < 2000)
        {
            return false;
        }
        month = new ReportMonth(day.Year, day.Month);
        return true;
    }

    /// <summary>Reads <c>2026-11</c>, or throws with a sentence a person can act on.</summary>
    public static ReportMonth Parse(string? text) =>
        TryParse(text, out var month) ? month : throw new FormatException($"'{text}' is not a month: write it as YYYY-MM, for example 2026-11.");

    public DateOnly FirstDay => new(Year, Month, 1);

    public int Days => DateTime.DaysInMonth(Year, Month);

    public ReportMonth Previous => Month == 1 ? new ReportMonth(Year - 1, 12) : new ReportMonth(Year, Month - 1);

    public ReportMonth Next => Month == 12 ? new ReportMonth(Year + 1, 1) : new ReportMonth(Year, Month + 1);

    /// <summary>The month that holds <paramref name="instant"/> in <paramref name="zone"/>.</summary>
    public static ReportMonth Containing(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return new ReportMonth(local.Year, local.Month);
    }

    /// <summary>Local midnight of <paramref name="day"/> in <paramref name="zone"/>, as an instant.</summary>
    public static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>Where the month starts and ends (exclusive) as instants.</summary>
    public (DateTimeOffset From, DateTimeOffset To) Range(TimeZoneInfo zone) => (StartOf(FirstDay, zone), StartOf(Next.FirstDay, zone));

    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
