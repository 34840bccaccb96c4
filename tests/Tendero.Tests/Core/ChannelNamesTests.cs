using Tendero.Core;

namespace Tendero.Tests.Core;

public sealed class ChannelNamesTests
{
    [Theory]
    [InlineData(ChannelKind.WhatsApp, "whatsapp")]
    [InlineData(ChannelKind.Telegram, "telegram")]
    [InlineData(ChannelKind.Sms, "sms")]
    [InlineData(ChannelKind.Voice, "voice")]
    public void Name_EveryChannel_IsLowerCaseAndParsesBack(ChannelKind channel, string name)
    {
        Assert.Equal(name, channel.Name());
        Assert.Equal(channel, ChannelNames.Parse(name));
    }

    [Theory]
    [InlineData(" WhatsApp ", ChannelKind.WhatsApp)]
    [InlineData("SMS", ChannelKind.Sms)]
    public void TryParse_CaseAndSpaces_AreIgnored(string name, ChannelKind expected)
    {
        Assert.True(ChannelNames.TryParse(name, out var channel));
        Assert.Equal(expected, channel);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("email")]
    [InlineData("whats app")]
    public void TryParse_Unknown_IsFalse(string? name) => Assert.False(ChannelNames.TryParse(name, out _));

    [Fact]
    public void Parse_Unknown_ThrowsFormatExceptionNamingIt() =>
        Assert.Equal("Unknown channel 'email'.", Assert.Throws<FormatException>(() => ChannelNames.Parse("email")).Message);

    [Fact]
    public void All_ListsEachChannelOnce() =>
        Assert.Equal(Enum.GetValues<ChannelKind>().Order(), ChannelNames.All.Order());

    [Fact]
    public void Name_UndefinedValue_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ((ChannelKind)42).Name());
}
