using System.Globalization;

namespace Tendero.Config;

/// <summary>Checks the <c>report:</c> section. The folder is relative to the business file, like every other path in it.</summary>
internal static class ReportMapper
{
    public static ReportConfig? Report(ReportFile? file, string businessPath, FieldChecker check)
    {
        if (file is null)
        {
            return null;
        }
        var day = file.MonthlyOnDay ?? 1;
        if (day is < 1 or > 28)
        {
            check.Fail("report.monthly_on_day", $"{day} is not 1-28 (every month has those days)");
        }
        var at = new TimeOnly(7, 0);
        if (file.At is { } text && !TimeOnly.TryParseExact(text.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out at))
        {
            check.Fail("report.at", $"'{text}' is not a time of day: write it as HH:mm, such as 07:00");
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(businessPath)) ?? ".";
        return new ReportConfig
        {
            MonthlyOnDay = day,
            At = at,
            Folder = Path.GetFullPath(Path.Combine(folder, file.Folder is { Length: > 0 } f ? f : "reports")),
        };
    }
}

internal sealed class ReportFile
{
    public int? MonthlyOnDay { get; set; }
    public string? At { get; set; }
    public string? Folder { get; set; }
}
