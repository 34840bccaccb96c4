namespace Tendero.Config;

/// <summary>
/// The <c>report:</c> section: when the previous month's PDF report is written, and where. For example
/// <c>report: { monthly_on_day: 1, at: "07:00", folder: ../data/reports }</c> writes October's on 1 November at 07:00 local time.
/// </summary>
public sealed record ReportConfig
{
    /// <summary>The day of the month (1-28) the previous month's report is written.</summary>
    public int MonthlyOnDay { get; init; } = 1;

    /// <summary>The local time (the business's time zone) on that day.</summary>
    public TimeOnly At { get; init; } = new(7, 0);

    /// <summary>An absolute folder (written relative to the business file); files are named <c>&lt;business&gt;-YYYY-MM.pdf</c>.</summary>
    public required string Folder { get; init; }
}
