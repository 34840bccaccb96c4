using Tendero.Ai.Offline;

namespace Tendero.Tests.Ai.Offline;

public sealed class SlotExtractorDateTests
{
    // Thursday 26 November 2026, mid-morning in Panama.
    private static readonly DateTimeOffset Thursday = new(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(-5));

    [Theory]
    [InlineData("mesa para hoy", "2026-11-26")]
    [InlineData("table for tonight", "2026-11-26")]
    [InlineData("esta noche somos 4", "2026-11-26")]
    [InlineData("mañana a las 8", "2026-11-27")]
    [InlineData("mñn porfa", "2026-11-27")]
    [InlineData("tomorrow at 8", "2026-11-27")]
    [InlineData("tmrw pls", "2026-11-27")]
    [InlineData("pasado mañana", "2026-11-28")]
    [InlineData("the day after tomorrow", "2026-11-28")]
    public void Extract_RelativeDay_CountsFromTheMessageDate(string text, string date) =>
        Assert.Equal(date, SlotExtractor.Extract(text, Thursday, "es").Date);

    [Theory]
    [InlineData("el viernes", "2026-11-27")]
    [InlineData("el próximo viernes", "2026-11-27")]
    [InlineData("next friday", "2026-11-27")]
    [InlineData("this saturday", "2026-11-28")]
    [InlineData("el lunes", "2026-11-30")]
    [InlineData("el jueves", "2026-12-03")]
    [InlineData("on thursday", "2026-12-03")]
    [InlineData("hoy jueves", "2026-11-26")]
    public void Extract_Weekday_IsTheNextOneAfterToday(string text, string date) =>
        Assert.Equal(date, SlotExtractor.Extract(text, Thursday, "es").Date);

    [Theory]
    [InlineData("15/12", "2026-12-15")]
    [InlineData("el 15/12/2026", "2026-12-15")]
    [InlineData("15/01", "2027-01-15")]
    [InlineData("20/11", "2027-11-20")]
    [InlineData("15 de diciembre", "2026-12-15")]
    [InlineData("december 15", "2026-12-15")]
    [InlineData("dec 15th", "2026-12-15")]
    [InlineData("the 3rd of january", "2027-01-03")]
    [InlineData("12/31 at 9pm", "2026-12-31")]
    [InlineData("el sábado 12", "2026-12-12")]
    [InlineData("saturday the 12th", "2026-12-12")]
    public void Extract_WrittenDate_RollsIntoTheFuture(string text, string date) =>
        Assert.Equal(date, SlotExtractor.Extract(text, Thursday, "es").Date);

    [Theory]
    [InlineData("el 28", "2026-11-28")]
    [InlineData("para el 26", "2026-11-26")]
    [InlineData("el 3", "2026-12-03")]
    [InlineData("on the 2nd", "2026-12-02")]
    public void Extract_BareDayOfMonth_IsThisMonthOrNext(string text, string date) =>
        Assert.Equal(date, SlotExtractor.Extract(text, Thursday, "es").Date);

    [Theory]
    [InlineData("quiero pasarla del sábado al domingo", "2026-11-29")]
    [InlineData("can we do friday instead of saturday", "2026-11-27")]
    [InlineData("move it from the 12th to the 13th", "2026-12-13")]
    public void Extract_TwoDates_TakesTheNewOne(string text, string date) =>
        Assert.Equal(date, SlotExtractor.Extract(text, Thursday, "es").Date);

    [Theory]
    [InlineData("para 4 personas")]
    [InlineData("a las 8:30")]
    [InlineData("abren los domingos?")]
    [InlineData("31/02")]
    [InlineData("por la mañana")]
    public void Extract_NoDay_LeavesTheDateEmpty(string text) =>
        Assert.Null(SlotExtractor.Extract(text, Thursday, "es").Date);
}
