using Tendero.Agents.Conversation;

namespace Tendero.Tests.Agents.Conversation;

public sealed class DateWordsTests
{
    [Theory]
    [InlineData("2026-11-27", "es", "viernes 27 de noviembre")]
    [InlineData("2026-11-27", "en", "Friday, November 27")]
    [InlineData("2027-01-01", "es", "viernes 1 de enero de 2027")]
    [InlineData("2027-01-01", "en", "Friday, January 1, 2027")]
    public void Say_IsoDate_InWordsWithTheYearOnlyWhenNotThisOne(string iso, string language, string words) =>
        Assert.Equal(words, DateWords.Say(iso, language, Chat.Start));
}
