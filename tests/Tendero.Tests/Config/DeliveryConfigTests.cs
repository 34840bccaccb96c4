using Tendero.Config;
using Tendero.Core;
using Tendero.Core.Chains;

namespace Tendero.Tests.Config;

/// <summary>Staff, policies, templates, lanes and prices in a business file: the demo loads, and each mistake is named.</summary>
public sealed class DeliveryConfigTests : IDisposable
{
    private readonly BusinessFiles files = new();

    public void Dispose() => files.Dispose();

    private string Fails(string extra) =>
        Assert.Throws<BusinessConfigException>(() => BusinessLoader.LoadFile(files.Write("cafe.yaml", extra + "\n" + BusinessFiles.Minimal), BusinessFiles.Demo, null)).Message;

    private BusinessConfig Loads(string extra) => BusinessLoader.LoadFile(files.Write("cafe.yaml", extra + "\n" + BusinessFiles.Minimal), BusinessFiles.Demo, null);

    [Fact]
    public void LaFonda_ShipsTheStockAlertPolicyAsTheIssueDescribes()
    {
        var policy = BusinessFiles.LaFonda().Policies["stock-alert"];

        Assert.Equal(
            [new NotifyStep(ChannelKind.WhatsApp), new WaitStep(TimeSpan.FromHours(2), ChainSignal.Read), new NotifyStep(ChannelKind.Telegram),
             new WaitStep(TimeSpan.FromHours(6), ChainSignal.Replied), new NotifyStep(ChannelKind.Sms),
             new WaitStep(TimeSpan.FromHours(12), ChainSignal.Acked, OnlyIfCritical: true), new NotifyStep(ChannelKind.Voice)],
            policy.Steps);
        Assert.Equal("21:00-07:00", policy.QuietHours!.ToString());
    }

    [Fact]
    public void LaFonda_HasStaffTemplatesAndPrices()
    {
        var business = BusinessFiles.LaFonda();

        Assert.Equal("+50760001111", business.Staff.Single(p => p.Id == "maria").AddressOn(ChannelKind.Voice));
        Assert.Equal("stock_alert", business.TemplateFor("stock-alert")!.Name);
        Assert.Equal(45_000, business.Prices!.Quote(ChannelKind.Sms, "+50760001111", null, 1).AmountMicros);
        Assert.Equal(80, business.Lanes[ChannelKind.WhatsApp].PerSecond);
    }

    [Fact]
    public void Prices_Missing_IsAnErrorNotZero()
    {
        var yaml = string.Join('\n', BusinessFiles.Minimal.Split('\n').Where(l => !l.TrimStart().StartsWith("prices:", StringComparison.Ordinal)));
        var message = Assert.Throws<BusinessConfigException>(() => BusinessLoader.LoadFile(files.Write("cafe.yaml", yaml), BusinessFiles.Demo, null)).Message;
        Assert.Contains("prices: is required", message);
    }

    [Fact]
    public void Prices_ChannelWithoutAnyRoute_IsAnError()
    {
        var yaml = BusinessFiles.Minimal.Replace("voice: { \"*\": 0.014 }, ", "", StringComparison.Ordinal);
        var message = Assert.Throws<BusinessConfigException>(() => BusinessLoader.LoadFile(files.Write("cafe.yaml", yaml), BusinessFiles.Demo, null)).Message;
        Assert.Contains("voice", message);
    }

    [Theory]
    [InlineData("policies: { p: { steps: [ { wait: 2h, until: read } ] } }", "policies.p.steps: needs at least one notify step")]
    [InlineData("policies: { p: { steps: [ { notify: fax } ] } }", "policies.p.steps[0].notify: 'fax' is not a channel")]
    [InlineData("policies: { p: { steps: [ { notify: sms }, { wait: soon, until: read } ] } }", "policies.p.steps[1].wait: 'soon' is not a duration")]
    [InlineData("policies: { p: { steps: [ { notify: sms }, { wait: 2h, until: seen } ] } }", "policies.p.steps[1].until: 'seen' is not one of")]
    [InlineData("policies: { p: { steps: [ { notify: sms }, { wait: 2h, until: read, only_if: rainy } ] } }", "only_if: 'rainy' is not understood")]
    [InlineData("policies: { p: { steps: [ { notify: sms } ], quiet_hours: '9-5' } }", "policies.p.quiet_hours: '9-5' is not a span")]
    [InlineData("policies: { p: { steps: [ { notify: whatsapp } ] } }", "policies.p: none of its channels is configured")]
    [InlineData("staff: [ { id: ana, sms: '6000-1111' } ]", "staff[0].sms: '6000-1111' is not a phone number")]
    [InlineData("staff: [ { id: ana } ]", "staff[0]: give at least one of")]
    [InlineData("staff: [ { id: ana, sms: '+50760001111' }, { id: ana, sms: '+50760002222' } ]", "staff[1].id: 'ana' is listed twice")]
    [InlineData("whatsapp_templates: { alert: { name: Alert, language: es } }", "whatsapp_templates: the business has no WhatsApp channel")]
    [InlineData("lanes: { sms: { per_second: 0 } }", "lanes.sms:")]
    [InlineData("lanes: { fax: { per_second: 1 } }", "lanes.fax: not a channel")]
    [InlineData("sms: { max_segments: 0 }", "sms.max_segments: 0 is outside 1-10")]
    public void BadDeliverySection_NamesFieldAndReason(string extra, string expected) =>
        Assert.Contains(expected, Fails(extra));

    [Fact]
    public void Lanes_Override_KeepsOtherDefaults()
    {
        var business = Loads("lanes: { sms: { per_second: 3 } }");

        Assert.Equal(3, business.Lanes[ChannelKind.Sms].PerSecond);
        Assert.Equal(1.5, business.Lanes[ChannelKind.Sms].Burst);
        Assert.Equal(30, business.Lanes[ChannelKind.Telegram].PerSecond);
    }
}
