namespace Tendero.Connectors.EscPos;

/// <summary>What a printer said before a ticket was sent. Only <see cref="PrinterState.Offline"/>,
/// <see cref="PrinterState.PaperOut"/> and <see cref="PrinterState.Unreachable"/> hold a ticket back.</summary>
public sealed record PrinterStatus(PrinterState State, string Detail)
{
    public bool CanPrint => State is PrinterState.Ready or PrinterState.Unknown;

    public static PrinterStatus Ready { get; } = new(PrinterState.Ready, "online, paper present");

    public static PrinterStatus Unknown(string why) => new(PrinterState.Unknown, why);

    public static PrinterStatus Unreachable(string why) => new(PrinterState.Unreachable, why);
}

public enum PrinterState
{
    Ready,

    /// <summary>The printer did not answer the status query (or cannot: a device path); the ticket is sent anyway.</summary>
    Unknown,

    Offline,
    PaperOut,

    /// <summary>No connection: the printer is off, unplugged, or the address is wrong.</summary>
    Unreachable,
}
