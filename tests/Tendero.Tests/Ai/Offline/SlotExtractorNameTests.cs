using Tendero.Ai.Offline;

namespace Tendero.Tests.Ai.Offline;

public sealed class SlotExtractorNameTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(-5));

    [Theory]
    [InlineData("a nombre de Ana", "Ana")]
    [InlineData("a nombre de ana gomez porfa", "ana gomez")]
    [InlineData("bajo el nombre de Ruiz, para 4", "Ruiz")]
    [InlineData("soy Carlos Pérez y quiero reservar", "Carlos Pérez")]
    [InlineData("hola soy maria", "maria")]
    [InlineData("me llamo Lucía", "Lucía")]
    [InlineData("my name is John Smith", "John Smith")]
    [InlineData("under the name Smith", "Smith")]
    [InlineData("name: Kim", "Kim")]
    [InlineData("I'm Sarah, table for 2", "Sarah")]
    [InlineData("name's Olivia Park", "Olivia Park")]
    [InlineData("a nombre de la señora Pilar", "Pilar")]
    public void Extract_NameAfterACue_IsKeptAsWritten(string text, string name) =>
        Assert.Equal(name, SlotExtractor.Extract(text, Now, "es").Name);

    [Theory]
    [InlineData("soy vegano")]
    [InlineData("soy alérgica al maní")]
    [InlineData("I'm allergic to nuts")]
    [InlineData("i'm looking for a table")]
    [InlineData("I am Vegan")]
    [InlineData("mesa para 4 mañana")]
    public void Extract_NoName_LeavesItEmpty(string text) =>
        Assert.Null(SlotExtractor.Extract(text, Now, "es").Name);
}
