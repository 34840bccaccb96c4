using Tendero.Ai.Offline;

namespace Tendero.Tests.Ai.Offline;

public sealed class SlotExtractorDietaryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(-5));

    [Theory]
    [InlineData("uno es celíaco", "sin gluten")]
    [InlineData("algo sin gluten?", "sin gluten")]
    [InlineData("somos veganos", "vegano")]
    [InlineData("opciones vegetarianas", "vegetariano")]
    [InlineData("soy intolerante a la lactosa", "sin lactosa")]
    [InlineData("tengo alergia al maní", "alergia al maní")]
    [InlineData("alérgico a los frutos secos", "alergia a las nueces")]
    [InlineData("sin mariscos por favor, soy alérgica", "alergia a los mariscos")]
    public void Extract_SpanishMessage_UsesSpanishNames(string text, string item) =>
        Assert.Equal([item], SlotExtractor.Extract(text, Now, "es").Dietary);

    [Theory]
    [InlineData("one of us is celiac", "gluten-free")]
    [InlineData("gluten free pasta?", "gluten-free")]
    [InlineData("any vegan dishes", "vegan")]
    [InlineData("I'm vegetarian", "vegetarian")]
    [InlineData("dairy-free options", "lactose-free")]
    [InlineData("my son has a peanut allergy", "peanut allergy")]
    [InlineData("allergic to nuts", "nut allergy")]
    [InlineData("no shellfish please", "shellfish allergy")]
    public void Extract_EnglishMessage_UsesEnglishNames(string text, string item) =>
        Assert.Equal([item], SlotExtractor.Extract(text, Now, "en").Dietary);

    [Fact]
    public void Extract_SeveralNeeds_ListsEachOnce() =>
        Assert.Equal(["sin gluten", "vegano"], SlotExtractor.Extract("uno vegano y otro celíaco, sin gluten", Now, "es").Dietary);

    [Theory]
    [InlineData("¿tienen mariscos frescos?")]
    [InlineData("do you sell peanuts")]
    [InlineData("mesa para 4")]
    public void Extract_AllergenWithoutAvoidance_IsNotANeed(string text) =>
        Assert.Empty(SlotExtractor.Extract(text, Now, "es").Dietary);
}
