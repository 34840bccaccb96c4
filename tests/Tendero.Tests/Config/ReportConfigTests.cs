using Tendero.Config;

namespace Tendero.Tests.Config;

/// <summary>The report: section: defaults, the folder beside the business file, and each mistake named with its field.</summary>
public sealed class ReportConfigTests : IDisposable
{
    private readonly BusinessFiles files = new();

    public void Dispose() => files.Dispose();

    private BusinessConfig Load(string report) =>
        BusinessLoader.LoadFile(files.Write("cafe-uno.yaml", BusinessFiles.Minimal + report), BusinessFiles.Demo, null);

    [Fact]
    public void LoadFile_ReportSection_DayTimeAndFolderBesideTheFile()
    {
        var report = Load("\nreport: { monthly_on_day: 2, at: \"06:30\", folder: out/reports }\n").Report!;
        Assert.Equal(2, report.MonthlyOnDay);
        Assert.Equal(new TimeOnly(6, 30), report.At);
        Assert.Equal(Path.Combine(files.Folder, "out", "reports"), report.Folder);
    }

    [Fact]
    public void LoadFile_EmptyReportSection_FirstAtSevenIntoReports()
    {
        var report = Load("\nreport: {}\n").Report!;
        Assert.Equal((1, new TimeOnly(7, 0), Path.Combine(files.Folder, "reports")), (report.MonthlyOnDay, report.At, report.Folder));
    }

    [Fact]
    public void LoadFile_NoReportSection_NoScheduledReport() => Assert.Null(Load("").Report);

    [Theory]
    [InlineData("monthly_on_day: 31", "report.monthly_on_day: 31 is not 1-28")]
    [InlineData("at: 7am", "report.at: '7am' is not a time of day: write it as HH:mm, such as 07:00")]
    public void LoadFile_BadReportField_NamesIt(string field, string expected) =>
        Assert.Contains(expected, Assert.Throws<BusinessConfigException>(() => Load($"\nreport: {{ {field} }}\n")).Message, StringComparison.Ordinal);

    [Fact]
    public void LaFonda_ReportsOnTheFirstAtSeven()
    {
        var report = BusinessFiles.LaFonda().Report!;
        Assert.Equal((1, new TimeOnly(7, 0)), (report.MonthlyOnDay, report.At));
    }
}
