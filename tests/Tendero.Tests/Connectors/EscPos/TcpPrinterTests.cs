using System.Net;
using System.Net.Sockets;
using Tendero.Connectors.EscPos;

namespace Tendero.Tests.Connectors.EscPos;

public sealed class TcpPrinterTests
{
    private static readonly PrinterTimeouts Short = new() { Connect = TimeSpan.FromSeconds(2), Status = TimeSpan.FromMilliseconds(300), Write = TimeSpan.FromSeconds(2) };

    private static TcpPrinter At(int port) => new("127.0.0.1", port, Short, TimeProvider.System);

    [Fact]
    public async Task PrintAsync_ReadyPrinter_AsksStatusThenSendsTheTicket()
    {
        await using var fake = new LoopbackPrinter();
        var ticket = EscPosEncoder.Encode(Tickets.Sample("maní"), 42, PrinterCodePage.Cp858);

        var result = await At(fake.Port).PrintAsync(ticket, default);

        Assert.Equal((true, PrinterState.Ready), (result.Printed, result.Status.State));
        await Eventually(() => fake.Printed.Length == ticket.Length);
        Assert.Equal(new byte[] { 0x10, 0x04, 1, 0x10, 0x04, 4 }, fake.Received[..6]);
        Assert.Equal(ticket, fake.Printed);
        var decoded = TestDecoder.Read(fake.Printed);
        Assert.Contains(decoded.Lines, l => l.Inverse && l.Text.Contains("MANÍ", StringComparison.Ordinal));
        Assert.Equal("GS V 66 3", decoded.Commands[^1]);
    }

    [Theory]
    [InlineData(0x1A, 0x72, PrinterState.PaperOut)]
    [InlineData(0x1A, 0x12, PrinterState.Offline)]
    public async Task PrintAsync_PrinterCannotPrint_SendsNothingButTheQueries(int printer, int paper, PrinterState state)
    {
        await using var fake = new LoopbackPrinter((byte)printer, (byte)paper);

        var result = await At(fake.Port).PrintAsync([0x1B, 0x40, 0x41, 0x0A], default);

        Assert.Equal((false, state), (result.Printed, result.Status.State));
        Assert.Empty(fake.Printed);
    }

    [Fact]
    public async Task PrintAsync_SilentPrinter_UnknownAndPrintsAnyway()
    {
        await using var fake = new LoopbackPrinter(null, null);

        var result = await At(fake.Port).PrintAsync([0x41, 0x0A], default);

        Assert.Equal((true, PrinterState.Unknown), (result.Printed, result.Status.State));
        await Eventually(() => fake.Printed.Length == 2);
        Assert.Equal(new byte[] { 0x10, 0x04, 1, 0x41, 0x0A }, fake.Received); // did not wait for a second answer
    }

    [Fact]
    public async Task PrintAsync_NothingListening_Unreachable()
    {
        var result = await At(ClosedPort()).PrintAsync([0x41], default);

        Assert.False(result.Printed);
        Assert.Equal(PrinterState.Unreachable, result.Status.State);
        Assert.Contains("cannot connect to 127.0.0.1", result.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusAsync_PaperOut_SaysSo()
    {
        await using var fake = new LoopbackPrinter(0x1A, 0x72);

        Assert.Equal(PrinterState.PaperOut, (await At(fake.Port).StatusAsync(default)).State);
        Assert.Empty(fake.Printed);
    }

    [Fact]
    public async Task DevicePrinter_File_AppendsTheBytes()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tendero-lp-{Guid.NewGuid():N}.bin");
        try
        {
            var device = new PrinterTransports(TimeProvider.System).Open(new PrinterAddress(PrinterAddressKind.Device, path));
            Assert.True((await device.PrintAsync([1, 2], default)).Printed);
            Assert.True((await device.PrintAsync([3], default)).Printed);
            Assert.Equal(new byte[] { 1, 2, 3 }, await File.ReadAllBytesAsync(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task DevicePrinter_MissingDevice_NotPrintedAndNothingCreated()
    {
        var device = new DevicePrinter("/dev/usb/tendero-missing-lp9", Short, TimeProvider.System);

        var result = await device.PrintAsync([1], default);

        Assert.Equal((false, PrinterState.Unreachable), (result.Printed, result.Status.State));
        Assert.False(File.Exists("/dev/usb/tendero-missing-lp9"));
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task Eventually(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10), TimeProvider.System);
        }
        Assert.True(condition());
    }
}
