using Tendero.Connectors.EscPos;

namespace Tendero.Tests.Connectors.EscPos;

public sealed class PrinterAddressTests
{
    [Theory]
    [InlineData("tcp://192.168.1.50:9100", PrinterAddressKind.Tcp, "192.168.1.50", 9100, "tcp://192.168.1.50:9100")]
    [InlineData("tcp://cocina.local", PrinterAddressKind.Tcp, "cocina.local", 9100, "tcp://cocina.local:9100")]
    [InlineData("tcp://[::1]:9101", PrinterAddressKind.Tcp, "::1", 9101, "tcp://[::1]:9101")]
    [InlineData("file:///dev/usb/lp0", PrinterAddressKind.Device, "/dev/usb/lp0", 0, "/dev/usb/lp0")]
    [InlineData("/dev/usb/lp0", PrinterAddressKind.Device, "/dev/usb/lp0", 0, "/dev/usb/lp0")]
    [InlineData("sim+http://127.0.0.1:5090/", PrinterAddressKind.Simulator, "http://127.0.0.1:5090/", 0, "sim+http://127.0.0.1:5090/")]
    public void TryParse_Good_KindTargetPort(string text, PrinterAddressKind kind, string target, int port, string shown)
    {
        Assert.True(PrinterAddress.TryParse(text, out var address, out var error), error);

        Assert.Equal((kind, target, port, shown), (address.Kind, address.Target, address.Port, address.ToString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("192.168.1.50:9100")]
    [InlineData("http://192.168.1.50:9100")]
    [InlineData("tcp://192.168.1.50:9100/print")]
    [InlineData("tcp://user:pw@host:9100")]
    [InlineData("lp0")]
    public void TryParse_Bad_SaysWhatToWrite(string text)
    {
        Assert.False(PrinterAddress.TryParse(text, out _, out var error));
        Assert.Contains("tcp://", error, StringComparison.Ordinal);
    }
}
