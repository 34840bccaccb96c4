using Tendero.Core;

namespace Tendero.Tests.Core;

public sealed class AddressTests
{
    [Theory]
    [InlineData("whatsapp:+50761234567", ChannelKind.WhatsApp, "+50761234567")]
    [InlineData("whatsapp:+507 6123-4567", ChannelKind.WhatsApp, "+50761234567")]
    [InlineData("sms:+1 (500) 555-0006", ChannelKind.Sms, "+15005550006")]
    [InlineData("sms: +52.55.1234.5678 ", ChannelKind.Sms, "+525512345678")]
    [InlineData("WhatsApp:+50761234567", ChannelKind.WhatsApp, "+50761234567")]
    [InlineData("telegram:111111111", ChannelKind.Telegram, "111111111")]
    [InlineData("telegram:-1001234567890", ChannelKind.Telegram, "-1001234567890")]
    public void TryParse_ValidAddress_KeepsTheCanonicalValue(string text, ChannelKind channel, string value)
    {
        Assert.True(Address.TryParse(text, out var address, out var error), error);

        Assert.Equal(new Address(channel, value), address);
        Assert.Equal("", error);
    }

    [Theory]
    [InlineData("whatsapp:50761234567")]
    [InlineData("sms:61234567")]
    [InlineData("whatsapp:+0761234567")]
    [InlineData("whatsapp:+12345")]
    [InlineData("whatsapp:+1234567890123456")]
    [InlineData("whatsapp:+507abc1234")]
    [InlineData("whatsapp:")]
    public void TryParse_PhoneNotInInternationalForm_AsksForTheCountryCode(string text)
    {
        Assert.False(Address.TryParse(text, out var address, out var error));

        Assert.Null(address);
        Assert.Contains("international form", error);
        Assert.Contains("country code", error);
    }

    [Theory]
    [InlineData("telegram:@ana")]
    [InlineData("telegram:12.5")]
    [InlineData("telegram:")]
    [InlineData("telegram:99999999999999999999")]
    public void TryParse_TelegramValueNotAnInt64_SaysItIsAChatId(string text)
    {
        Assert.False(Address.TryParse(text, out _, out var error));

        Assert.Contains("numeric chat id", error);
    }

    [Fact]
    public void TryParse_UnknownChannel_NamesItAndTheKnownOnes()
    {
        Assert.False(Address.TryParse("fax:+50761234567", out _, out var error));

        Assert.Equal("Unknown channel 'fax': use whatsapp, telegram, sms or voice.", error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("+50761234567")]
    [InlineData(":+50761234567")]
    public void TryParse_NoChannelPrefix_ShowsTheShapeOfAnAddress(string? text)
    {
        Assert.False(Address.TryParse(text, out var address, out var error));

        Assert.Null(address);
        Assert.Contains("'whatsapp:+50760001111'", error);
    }

    [Fact]
    public void Parse_Invalid_ThrowsFormatExceptionWithTheReason()
    {
        var e = Assert.Throws<FormatException>(() => Address.Parse("sms:12345678"));

        Assert.Contains("country code", e.Message);
    }

    [Theory]
    [InlineData("whatsapp:+50761234567")]
    [InlineData("telegram:111111111")]
    [InlineData("sms:+15005550006")]
    public void ToString_ParsedAddress_RoundTrips(string text) =>
        Assert.Equal(text, Address.Parse(text).ToString());

    [Theory]
    [InlineData("50761234567", "+50761234567")]
    [InlineData("+50761234567", "+50761234567")]
    [InlineData("+1 (555) 078-3881", "+15550783881")]
    [InlineData("whatsapp:+50761234567", "+50761234567")]
    public void NormalizePhone_ProviderNumber_IsDigitsWithOnePlus(string raw, string expected) =>
        Assert.Equal(expected, Address.NormalizePhone(raw));

    // A Telegram chat is the same chat however the id was typed: inbound messages store the id as Telegram sends it
    // (chat.id, no sign, no zeros), so an outbound "telegram:+42" must land on the same contact as an inbound 42.
    [Theory]
    [InlineData("telegram:+42")]
    [InlineData("telegram:0042")]
    public void TryParse_TelegramIdWithSignOrLeadingZeros_StoresTheCanonicalNumber(string text) =>
        Assert.Equal(new Address(ChannelKind.Telegram, "42"), Address.Parse(text));
}
