using System.Globalization;
using Tendero.Reports;

namespace Tendero.Tests.Reports;

public sealed class ReportFormatTests
{
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");

    [Theory]
    [InlineData(45.0, "45 s")]
    [InlineData(125.0, "2 min 05 s")]
    [InlineData(4200.0, "1 h 10 min")]
    public void Duration_Spans_ReadLikeAPerson(double seconds, string expected) =>
        Assert.Equal(expected, ReportFormat.Duration(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void Duration_Nothing_IsADash() => Assert.Equal("—", ReportFormat.Duration(null));

    [Theory]
    [InlineData(9, 4, "▲ +125.0 %")]
    [InlineData(20, 30, "▼ −33.3 %")]
    [InlineData(5, 5, "= +0.0 %")]
    [InlineData(3, 0, "▲ new")]
    [InlineData(0, 0, "=")]
    public void Change_AgainstPreviousMonth_ArrowAndPercent(double now, double before, string expected) =>
        Assert.Equal(expected, ReportFormat.Change(now, before, Us));

    [Theory]
    [InlineData(5_000_000, "USD 5.00")]
    [InlineData(7_900, "USD 0.0079")]
    [InlineData(0, "USD 0.00")]
    [InlineData(1_234_567_890, "USD 1,234.57")]
    public void Money_Micros_TwoDecimalsOrFourUnderACent(long micros, string expected) =>
        Assert.Equal(expected, ReportFormat.Money(micros, "USD", Us));

    [Theory]
    [InlineData("2026-11", 2026, 11)]
    [InlineData(" 2027-01 ", 2027, 1)]
    public void ReportMonth_Parse_YearAndMonth(string text, int year, int month) =>
        Assert.Equal(new ReportMonth(year, month), ReportMonth.Parse(text));

    [Fact]
    public void ReportMonth_RangeInPanama_StartsAtLocalMidnight()
    {
        var (from, to) = new ReportMonth(2026, 11).Range(TimeZoneInfo.FindSystemTimeZoneById("America/Panama"));
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 5, 0, 0, TimeSpan.Zero), from.ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 5, 0, 0, TimeSpan.Zero), to.ToUniversalTime());
    }
}
