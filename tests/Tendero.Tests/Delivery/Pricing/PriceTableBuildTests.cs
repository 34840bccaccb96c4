using Tendero.Core;
using Tendero.Delivery.Pricing;

namespace Tendero.Tests.Delivery.Pricing;

public sealed class PriceTableBuildTests
{
    private static readonly HashSet<ChannelKind> AllChannels = [.. ChannelNames.All];

    internal static PriceTableResult Build(
        string? currency = "USD",
        Dictionary<string, IReadOnlyDictionary<string, string>>? whatsapp = null,
        Dictionary<string, string>? telegram = null,
        Dictionary<string, string>? sms = null,
        Dictionary<string, string>? voice = null,
        HashSet<ChannelKind>? channels = null,
        HashSet<string>? categoriesUsed = null) =>
        PriceTable.Build(
            currency,
            whatsapp ?? new() { ["service"] = Any("0"), ["utility"] = Any("0.0113"), ["marketing"] = new Dictionary<string, string> { ["*"] = "0.0740", ["+54"] = "0.0618" } },
            telegram ?? Any("0"),
            sms ?? new() { ["*"] = "0.0083", ["+1"] = "0.0079", ["+507"] = "0.035", ["+5076"] = "0.02" },
            voice ?? Any("0.014"),
            channels ?? AllChannels,
            categoriesUsed ?? ["utility", "marketing"]);

    internal static Dictionary<string, string> Any(string amount) => new() { ["*"] = amount };

    [Fact]
    public void Build_CompletePrices_GivesTableWithoutErrors()
    {
        var result = Build();

        Assert.Empty(result.Errors);
        Assert.True(result.Ok);
        Assert.Equal("USD", result.Table!.Currency);
    }

    [Theory]
    [InlineData(null, "prices.currency is missing")]
    [InlineData(" ", "prices.currency is missing")]
    [InlineData("usd", "prices.currency: 'usd'")]
    [InlineData("DOLLARS", "prices.currency: 'DOLLARS'")]
    public void Build_BadCurrency_FailsNamingTheField(string? currency, string expected)
    {
        var result = Build(currency: currency);

        Assert.Null(result.Table);
        Assert.Contains(result.Errors, e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Build_ConfiguredSmsWithoutAnyRoute_FailsBecauseUnknownIsNotFree()
    {
        var result = Build(sms: new() { ["+507"] = "0.035" });

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("prices.sms[\"*\"] is missing: sms is configured", error);
        Assert.Contains("not free", error);
    }

    [Fact]
    public void Build_UnconfiguredChannelWithoutPrices_IsFine() =>
        Assert.True(Build(sms: [], voice: [], channels: [ChannelKind.WhatsApp, ChannelKind.Telegram]).Ok);

    [Fact]
    public void Build_ConfiguredChannelWithNoPricesAtAll_Fails() =>
        Assert.Equal(["prices.voice[\"*\"] is missing"], Build(voice: []).Errors.Select(e => e[..e.IndexOf(':')]));

    [Fact]
    public void Build_WhatsAppWithoutServicePrice_Fails()
    {
        var result = Build(whatsapp: new() { ["utility"] = Any("0.0113"), ["marketing"] = Any("0.074") });

        Assert.StartsWith("prices.whatsapp.service[\"*\"] is missing: WhatsApp is configured", Assert.Single(result.Errors));
    }

    [Fact]
    public void Build_CategoryUsedByTemplateWithoutAnyRoute_Fails()
    {
        var result = Build(categoriesUsed: ["utility", "marketing", "authentication"]);

        Assert.StartsWith("prices.whatsapp.authentication[\"*\"] is missing: a template uses the authentication category", Assert.Single(result.Errors));
    }

    [Fact]
    public void Build_CategoryUsedThatDoesNotExist_Fails() =>
        Assert.Contains("'promo'", Assert.Single(Build(categoriesUsed: ["promo"]).Errors));

    [Fact]
    public void Build_UnknownCategoryKey_Fails()
    {
        var whatsapp = new Dictionary<string, IReadOnlyDictionary<string, string>> { ["service"] = Any("0"), ["promo"] = Any("1") };

        Assert.StartsWith("prices.whatsapp.promo: unknown category", Assert.Single(Build(whatsapp: whatsapp, categoriesUsed: []).Errors));
    }

    [Theory]
    [InlineData("-1", "prices.sms[\"+507\"]: '-1' is negative")]
    [InlineData("abc", "prices.sms[\"+507\"]: 'abc' is not an amount")]
    [InlineData("0.00000001", "prices.sms[\"+507\"]: '0.00000001' has more than 6 decimal places")]
    public void Build_BadAmount_FailsNamingTheRoute(string amount, string expected) =>
        Assert.StartsWith(expected, Assert.Single(Build(sms: new() { ["*"] = "0.0083", ["+507"] = amount }).Errors));

    [Theory]
    [InlineData("507")]
    [InlineData("+0")]
    [InlineData("+50 7")]
    [InlineData("**")]
    [InlineData("")]
    [InlineData("+1234567890123456")]
    public void Build_BadRouteKey_Fails(string route) =>
        Assert.StartsWith($"prices.voice[\"{route}\"]: a route is", Assert.Single(Build(voice: new() { ["*"] = "0.014", [route] = "1" }).Errors));

    [Fact]
    public void Build_TelegramPrefixRoute_FailsBecauseChatsHaveNoCountry() =>
        Assert.Contains("only route", Assert.Single(Build(telegram: new() { ["*"] = "0", ["+507"] = "0" }).Errors));

    [Fact]
    public void Build_SeveralProblems_ReportsThemAll()
    {
        var result = Build(currency: null, sms: new() { ["+507"] = "x" }, voice: []);

        Assert.Equal(4, result.Errors.Count); // currency, the bad amount, and two missing "*" routes
        Assert.Null(result.Table);
    }
}
