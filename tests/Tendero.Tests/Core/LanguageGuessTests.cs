using Tendero.Core;

namespace Tendero.Tests.Core;

public sealed class LanguageGuessTests
{
    [Theory]
    [InlineData("Hola, quiero una mesa para 4 personas")]
    [InlineData("¿Envían a Panamá?")]
    [InlineData("MAÑANA")]
    [InlineData("gracias!")]
    public void Guess_SpanishText_IsEs(string text) => Assert.Equal("es", LanguageGuess.Guess(text, "en"));

    [Theory]
    [InlineData("Hi, can I book a table for tonight?")]
    [InlineData("Thank you!")]
    [InlineData("Where is my order")]
    public void Guess_EnglishText_IsEn(string text) => Assert.Equal("en", LanguageGuess.Guess(text, "es"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("ok 👍")]
    [InlineData("12:30")]
    public void Guess_NoTelltaleWords_ReturnsTheFallback(string? text)
    {
        Assert.Equal("en", LanguageGuess.Guess(text, "en"));
        Assert.Equal("es", LanguageGuess.Guess(text, "es"));
    }

    [Fact]
    public void Guess_OneWordOfEach_IsATieAndReturnsTheFallback() =>
        Assert.Equal("en", LanguageGuess.Guess("hola thanks", "en"));
}
