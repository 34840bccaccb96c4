using Tendero.Config;
using Tendero.Connectors.EscPos;

namespace Tendero.Tests.Config;

/// <summary>The <c>printers:</c> section: defaults, the simulate rewrite, and a named error for every bad field.</summary>
public sealed class PrintersConfigTests : IDisposable
{
    private const string Staff = """

        staff:
          - id: maria
            sms: "+50760001111"
        policies:
          stock-alert:
            steps:
              - notify: sms
        """;

    private readonly BusinessFiles files = new();

    public void Dispose() => files.Dispose();

    private BusinessConfig Load(string printers, Uri? simulator = null) =>
        BusinessLoader.LoadFile(files.Write("cafe-uno.yaml", BusinessFiles.Minimal + Staff + "\nprinters:\n" + printers), BusinessFiles.Demo, simulator);

    private string Fails(string printers)
    {
        var e = Assert.Throws<BusinessConfigException>(() => Load(printers));
        return e.Message;
    }

    [Fact]
    public void LoadFile_FullPrinter_EveryField()
    {
        var cocina = Load("  cocina: { address: tcp://192.168.1.50:9100, width: 48, code_page: cp1252, code_table: 17, cut: full, alert_after: 5m, alert_to: maria, alert_policy: stock-alert }")
            .Printers["cocina"];

        Assert.Equal("tcp://192.168.1.50:9100", cocina.Address.ToString());
        Assert.Equal((48, "cp1252", (byte)17, true), (cocina.Width, cocina.CodePage.Name, cocina.CodePage.Table, cocina.FullCut));
        Assert.Equal((TimeSpan.FromMinutes(5), "maria", "stock-alert"), (cocina.AlertAfter, cocina.AlertTo, cocina.AlertPolicy));
    }

    [Fact]
    public void LoadFile_AddressOnly_Defaults()
    {
        var bar = Load("  bar: { address: /dev/usb/lp0 }").Printers["bar"];

        Assert.Equal((42, "cp858", (byte)19, false), (bar.Width, bar.CodePage.Name, bar.CodePage.Table, bar.FullCut));
        Assert.Equal((TimeSpan.FromMinutes(10), (string?)null), (bar.AlertAfter, bar.AlertTo));
        Assert.Equal(PrinterAddressKind.Device, bar.Address.Kind);
    }

    [Fact]
    public void LoadFile_NoSection_NoPrinters() =>
        Assert.Empty(BusinessLoader.LoadFile(files.Write("cafe-uno.yaml", BusinessFiles.Minimal), BusinessFiles.Demo, null).Printers);

    [Fact]
    public void LoadFile_Simulate_EveryPrinterIsTheVirtualOne()
    {
        var cocina = Load("  cocina: { address: tcp://192.168.1.50:9100 }", new Uri("http://127.0.0.1:5090/")).Printers["cocina"];

        Assert.Equal(PrinterAddressKind.Simulator, cocina.Address.Kind);
        Assert.Equal("sim+http://127.0.0.1:5090/", cocina.Address.ToString());
    }

    [Theory]
    [InlineData("  cocina: { width: 42 }", "printers.cocina.address: is required")]
    [InlineData("  cocina: { address: 192.168.1.50 }", "printers.cocina.address: '192.168.1.50' is not a printer address")]
    [InlineData("  cocina: { address: tcp://p:9100, width: 40 }", "printers.cocina.width: 40 is not 32, 42 or 48")]
    [InlineData("  cocina: { address: tcp://p:9100, code_page: cp437 }", "printers.cocina.code_page: 'cp437' is not cp858 or cp1252")]
    [InlineData("  cocina: { address: tcp://p:9100, code_table: 300 }", "printers.cocina.code_table: 300")]
    [InlineData("  cocina: { address: tcp://p:9100, cut: maybe }", "printers.cocina.cut: 'maybe' is not partial or full")]
    [InlineData("  cocina: { address: tcp://p:9100, alert_after: soon }", "printers.cocina.alert_after: 'soon' is not a positive duration")]
    [InlineData("  cocina: { address: tcp://p:9100, alert_to: pedro, alert_policy: stock-alert }", "printers.cocina.alert_to: 'pedro' is not the id of anyone under staff")]
    [InlineData("  cocina: { address: tcp://p:9100, alert_to: maria }", "printers.cocina.alert_policy: is required with alert_to")]
    [InlineData("  cocina: { address: tcp://p:9100, alert_policy: stock-alert }", "printers.cocina.alert_to: is required with alert_policy")]
    [InlineData("  cocina: { address: tcp://p:9100, alert_to: maria, alert_policy: panic }", "printers.cocina.alert_policy: 'panic' is not one of the policies")]
    [InlineData("  Cocina Grande: { address: tcp://p:9100 }", "printers.Cocina Grande: a printer name may hold only")]
    [InlineData("  cocina:", "printers.cocina: give at least its address")]
    public void LoadFile_BadPrinter_NamesTheField(string printers, string expected) =>
        Assert.Contains(expected, Fails(printers), StringComparison.Ordinal);
}
