namespace Tendero.Simulator.Printer;

/// <summary>What the virtual printer is doing. Off-line and paper out answer status queries and drop print data.</summary>
public enum PrinterCondition
{
    Online,

    /// <summary>Cover open or a fault: <c>DLE EOT 1</c> has the off-line bit (0x08).</summary>
    Offline,

    /// <summary>No paper: <c>DLE EOT 4</c> answers 0x72 (paper end), and the printer is off-line too, as real ones go.</summary>
    PaperOut,
}
