using Tendero.Ai.Offline;

namespace Tendero.Tests.Ai.Offline;

public sealed class SlotExtractorPartySizeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(-5));

    [Theory]
    [InlineData("mesa para 4", 4)]
    [InlineData("somos cuatro", 4)]
    [InlineData("for four", 4)]
    [InlineData("party of 6", 6)]
    [InlineData("table for 2", 2)]
    [InlineData("6 personas", 6)]
    [InlineData("4 pax", 4)]
    [InlineData("una pareja", 2)]
    [InlineData("para dos", 2)]
    [InlineData("mesa para doce", 12)]
    [InlineData("twenty people", 20)]
    [InlineData("para una persona", 1)]
    [InlineData("table for one", 1)]
    [InlineData("4 adultos y 2 niños", 6)]
    [InlineData("we're 5", 5)]
    [InlineData("mesa p/ 3", 3)]
    [InlineData("ya no somos 6, somos 4", 4)]
    [InlineData("que sean 5 en lugar de 3", 5)]
    public void Extract_PartySize_IsRead(string text, int size) =>
        Assert.Equal(size, SlotExtractor.Extract(text, Now, "es").PartySize);

    [Theory]
    [InlineData("mesa para 4 el 15/12 a las 8", 4)]
    [InlineData("para 2 a las 9", 2)]
    [InlineData("table for 3 at 8pm on dec 12th", 3)]
    [InlineData("me llamo Andrés, para 3 mañana a las 2 de la tarde", 3)]
    public void Extract_DateAndTimeDigits_AreNotTheParty(string text, int size) =>
        Assert.Equal(size, SlotExtractor.Extract(text, Now, "es").PartySize);

    [Theory]
    [InlineData("para el 15")]
    [InlineData("para las 8")]
    [InlineData("a las 9")]
    [InlineData("15/12")]
    [InlineData("para mañana")]
    [InlineData("para una cena")]
    [InlineData("pedido 4521")]
    public void Extract_NoParty_LeavesItEmpty(string text) =>
        Assert.Null(SlotExtractor.Extract(text, Now, "es").PartySize);
}
