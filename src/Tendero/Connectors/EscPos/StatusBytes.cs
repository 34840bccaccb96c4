namespace Tendero.Connectors.EscPos;

/// <summary>
/// Reads the one-byte answers to <c>DLE EOT n</c> (real-time status, answered even when off-line). Bits 1 and 4 are
/// always set and bits 0 and 7 always clear (<c>0x12</c> = all clear), which tells a status byte from noise.
/// n=1 (printer): bit 3 = off-line. n=4 (roll paper sensor): bits 2-3 = near end (<c>0x0C</c>), bits 5-6 = end
/// (<c>0x60</c>). Source: REFERENCE §9 (Epson TM-L60II technical information).
/// </summary>
public static class StatusBytes
{
    public const byte Printer = 1;
    public const byte Paper = 4;

    public static byte[] Query(byte n) => [0x10, 0x04, n];

    public static bool IsStatus(byte value) => (value & 0x93) == 0x12;

    /// <param name="printer">The answer to n=1, or null when none came.</param>
    /// <param name="paper">The answer to n=4, or null when none came.</param>
    public static PrinterStatus Read(byte? printer, byte? paper)
    {
        if (printer is not { } p || !IsStatus(p))
        {
            return PrinterStatus.Unknown(printer is null ? "the printer did not answer the status query" : $"the printer answered 0x{printer:X2}, which is not a status byte");
        }
        if (paper is { } r && IsStatus(r) && (r & 0x60) != 0)
        {
            return new PrinterStatus(PrinterState.PaperOut, "out of paper");
        }
        if ((p & 0x08) != 0)
        {
            return new PrinterStatus(PrinterState.Offline, "off-line (cover open, paper out or an error)");
        }
        return paper is { } near && IsStatus(near) && (near & 0x0C) != 0
            ? new PrinterStatus(PrinterState.Ready, "online, paper near its end")
            : PrinterStatus.Ready;
    }
}
