using Tendero.Config;

namespace Tendero.Reports;

/// <summary>Which month's report is due at an instant: the previous month once this month's day and time have come, else the one before.</summary>
public static class ReportSchedule
{
    public static ReportMonth LatestDue(ReportConfig report, TimeZoneInfo zone, DateTimeOffset now)
    {
        var current = ReportMonth.Containing(now, zone);
        var local = new DateOnly(current.Year, current.Month, report.MonthlyOnDay).ToDateTime(report.At, DateTimeKind.Unspecified);
        // A time skipped by a daylight-saving jump counts as the hour after it.
        var offset = zone.IsInvalidTime(local) ? zone.GetUtcOffset(local.AddHours(1)) : zone.GetUtcOffset(local);
        return now >= new DateTimeOffset(local, offset) ? current.Previous : current.Previous.Previous;
    }

    public static string FileName(string businessId, ReportMonth month) => $"{businessId}-{month}.pdf";
}
