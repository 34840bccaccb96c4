using Tendero.Connectors.EscPos;

namespace Tendero.Tests.Connectors.EscPos;

public sealed class StatusBytesTests
{
    [Theory]
    [InlineData(0x12, 0x12, PrinterState.Ready)]
    [InlineData(0x12, 0x1E, PrinterState.Ready)]     // paper near end (0x0C) still prints
    [InlineData(0x1A, 0x12, PrinterState.Offline)]   // n=1 bit 3
    [InlineData(0x1A, 0x72, PrinterState.PaperOut)]  // n=4 0x60: paper end, and off-line with it
    [InlineData(0x12, 0x72, PrinterState.PaperOut)]
    [InlineData(0x00, 0x12, PrinterState.Unknown)]   // not a status byte: bits 1 and 4 must be set
    [InlineData(0xFF, 0x12, PrinterState.Unknown)]
    public void Read_Answers_State(int printer, int paper, PrinterState expected) =>
        Assert.Equal(expected, StatusBytes.Read((byte)printer, (byte)paper).State);

    [Fact]
    public void Read_NoAnswer_UnknownAndStillPrints()
    {
        var status = StatusBytes.Read(null, null);

        Assert.Equal(PrinterState.Unknown, status.State);
        Assert.True(status.CanPrint);
    }

    [Fact]
    public void Read_OnlinePrinterWithGarbagePaperAnswer_Ready() =>
        Assert.Equal(PrinterState.Ready, StatusBytes.Read(0x12, 0xFF).State);

    [Fact]
    public void Query_IsDleEotN() => Assert.Equal(new byte[] { 0x10, 0x04, 4 }, StatusBytes.Query(4));
}
