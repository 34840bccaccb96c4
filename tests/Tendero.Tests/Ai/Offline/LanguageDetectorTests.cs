using Tendero.Ai.Offline;

namespace Tendero.Tests.Ai.Offline;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("mesa pa 2 xfa", "es")]
    [InlineData("kiero reservar mñn", "es")]
    [InlineData("table 4 two tmrw pls", "en")]
    [InlineData("where r u located", "en")]
    [InlineData("¿Abren?", "es")]
    public void Detect_ChatText_FindsTheLanguage(string text, string language) =>
        Assert.Equal(language, LanguageDetector.Detect(text, language == "es" ? "en" : "es"));

    [Theory]
    [InlineData("ok")]
    [InlineData("👍")]
    [InlineData("20:00")]
    public void Detect_NoTelltaleWords_KeepsTheDefault(string text)
    {
        Assert.Equal("es", LanguageDetector.Detect(text, "es"));
        Assert.Equal("en", LanguageDetector.Detect(text, "en"));
    }
}
