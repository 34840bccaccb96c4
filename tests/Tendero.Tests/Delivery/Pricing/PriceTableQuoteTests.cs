using Tendero.Core;
using Tendero.Delivery.Pricing;

namespace Tendero.Tests.Delivery.Pricing;

public sealed class PriceTableQuoteTests
{
    private readonly PriceTable table = PriceTableBuildTests.Build().Table!;

    [Theory]
    [InlineData("+50760001111", "+5076", 20_000)]
    [InlineData("+50720001111", "+507", 35_000)]
    [InlineData("+12125550100", "+1", 7_900)]
    [InlineData("+447700900123", "*", 8_300)]
    public void Quote_SmsAddress_UsesLongestMatchingPrefix(string address, string route, long unitMicros)
    {
        var quote = table.Quote(ChannelKind.Sms, address, null, 1);

        Assert.Equal(route, quote.Route);
        Assert.Equal(unitMicros, quote.UnitMicros);
    }

    [Fact]
    public void Quote_ThreeSegments_CostsThreeTimesTheSegmentPrice()
    {
        var quote = table.Quote(ChannelKind.Sms, "+447700900123", null, 3);

        Assert.Equal(new PriceQuote("*", null, 3, 8_300, 24_900, "USD"), quote);
        Assert.Equal("USD 0.0249", quote.Amount.Format());
    }

    [Fact]
    public void Quote_WhatsAppWithoutCategory_UsesServiceAtZero() =>
        Assert.Equal(new PriceQuote("*", "service", 1, 0, 0, "USD"), table.Quote(ChannelKind.WhatsApp, "+50760001111", null, 1));

    [Theory]
    [InlineData("+5491122334455", "+54", 61_800)]
    [InlineData("+50760001111", "*", 74_000)]
    public void Quote_WhatsAppMarketing_UsesTheCategorySheet(string address, string route, long unitMicros)
    {
        var quote = table.Quote(ChannelKind.WhatsApp, address, "Marketing", 1);

        Assert.Equal((route, "marketing", unitMicros), (quote.Route, quote.Category, quote.UnitMicros));
    }

    [Theory]
    [InlineData("-1001234567890")]
    [InlineData("123456789")]
    public void Quote_TelegramChat_MatchesAnyRoute(string chat) =>
        Assert.Equal("*", table.Quote(ChannelKind.Telegram, chat, null, 1).Route);

    [Fact]
    public void Quote_CategoryOnOtherChannel_IsIgnored() =>
        Assert.Null(table.Quote(ChannelKind.Voice, "+50760001111", "marketing", 2).Category);

    [Fact]
    public void Quote_CategoryWithoutPrice_ThrowsNamingTheField()
    {
        var error = Assert.Throws<InvalidOperationException>(() => table.Quote(ChannelKind.WhatsApp, "+50760001111", "authentication", 1));

        Assert.Contains("prices.whatsapp.authentication[\"*\"]", error.Message);
    }

    [Fact]
    public void Quote_UnconfiguredChannel_Throws()
    {
        var smsOnly = PriceTable.Build("USD", null, null, PriceTableBuildTests.Any("0.01"), null, new HashSet<ChannelKind> { ChannelKind.Sms }, new HashSet<string>()).Table!;

        Assert.Throws<InvalidOperationException>(() => smsOnly.Quote(ChannelKind.Voice, "+50760001111", null, 1));
    }

    [Fact]
    public void Quote_ExplicitZero_IsAPriceNotAnError()
    {
        var free = PriceTable.Build("PAB", null, null, new Dictionary<string, string> { ["+507"] = "0" }, null, new HashSet<ChannelKind>(), new HashSet<string>()).Table!;

        Assert.Equal(new PriceQuote("+507", null, 5, 0, 0, "PAB"), free.Quote(ChannelKind.Sms, "+50760001111", null, 5));
        Assert.Throws<InvalidOperationException>(() => free.Quote(ChannelKind.Sms, "+12125550100", null, 1));
    }

    [Fact]
    public void Quote_PhoneWithoutPlus_Throws() =>
        Assert.Throws<ArgumentException>(() => table.Quote(ChannelKind.Sms, "50760001111", null, 1));

    [Fact]
    public void Quote_NegativeUnits_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => table.Quote(ChannelKind.Sms, "+50760001111", null, -1));

    [Fact]
    public void Quote_Overflow_Throws() =>
        Assert.Throws<OverflowException>(() => table.Quote(ChannelKind.Sms, "+50760001111", null, long.MaxValue));

    [Fact]
    public void Describe_EachSheet_ListsAnyRouteFirstWithUnits()
    {
        var text = table.Describe();

        Assert.StartsWith("Prices in USD:", text);
        Assert.Contains("  sms (per segment): * 0.0083, +1 0.0079, +507 0.035, +5076 0.02", text);
        Assert.Contains("  voice (per started minute): * 0.014", text);
        Assert.Contains("  whatsapp.marketing (per message): * 0.074, +54 0.0618", text);
    }
}
