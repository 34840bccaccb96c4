using Tendero.Ai.Offline;

namespace Tendero.Tests.Ai.Offline;

public sealed class SlotExtractorTimeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(-5));

    [Theory]
    [InlineData("8pm", "20:00")]
    [InlineData("at 8 pm", "20:00")]
    [InlineData("8:30pm", "20:30")]
    [InlineData("7.45 p.m.", "19:45")]
    [InlineData("20h", "20:00")]
    [InlineData("20:00", "20:00")]
    [InlineData("11am", "11:00")]
    [InlineData("12am", "00:00")]
    public void Extract_ClockForms_AreRead(string text, string time) =>
        Assert.Equal(time, SlotExtractor.Extract(text, Now, "en").Time);

    [Theory]
    [InlineData("a las 8 de la noche", "20:00")]
    [InlineData("a las 3 de la tarde", "15:00")]
    [InlineData("a las 9", "21:00")]
    [InlineData("a la una", "13:00")]
    [InlineData("a las 12", "12:00")]
    [InlineData("a las 9 de la mañana", "09:00")]
    [InlineData("a las 8 y media", "20:30")]
    [InlineData("a las 9 menos cuarto", "20:45")]
    [InlineData("a las ocho y cuarto", "20:15")]
    [InlineData("tipo 9", "21:00")]
    [InlineData("at 7", "19:00")]
    [InlineData("at half past 7", "19:30")]
    [InlineData("around 8ish", "20:00")]
    public void Extract_RestaurantHours_WithoutAmPmAreEvening(string text, string time) =>
        Assert.Equal(time, SlotExtractor.Extract(text, Now, "es").Time);

    [Theory]
    [InlineData("al mediodía", "12:00")]
    [InlineData("at noon", "12:00")]
    [InlineData("a medianoche", "00:00")]
    [InlineData("a las 12 de la noche", "00:00")]
    public void Extract_NamedTimes_AreRead(string text, string time) =>
        Assert.Equal(time, SlotExtractor.Extract(text, Now, "es").Time);

    [Theory]
    [InlineData("en vez de las 8 a las 9", "21:00")]
    [InlineData("a las 9:30 en vez de las 9", "21:30")]
    [InlineData("8:15 instead of 7:45", "20:15")]
    public void Extract_TwoTimes_TakesTheNewOne(string text, string time) =>
        Assert.Equal(time, SlotExtractor.Extract(text, Now, "es").Time);

    [Theory]
    [InlineData("mesa para 4 personas")]
    [InlineData("15/12")]
    [InlineData("somos 8")]
    [InlineData("around 10 people")]
    [InlineData("llevo 2 horas esperando")]
    [InlineData("mi pedido 4521")]
    public void Extract_NumbersThatAreNotTimes_LeaveTheTimeEmpty(string text) =>
        Assert.Null(SlotExtractor.Extract(text, Now, "es").Time);
}
