namespace Tendero.Connectors.EscPos;

/// <summary>
/// A printer at an address: asks its status, and prints a ticket's bytes when the status allows. One connection per
/// call. How to add a transport (Bluetooth, a print server): implement this, give its address a scheme in
/// <see cref="PrinterAddress"/>, and open it in <see cref="PrinterTransports"/>.
/// </summary>
public interface IPrinter
{
    Task<PrinterStatus> StatusAsync(CancellationToken ct);

    /// <summary>Checks the status, then sends the bytes unless the printer is off-line, out of paper or unreachable.</summary>
    Task<PrintResult> PrintAsync(byte[] ticket, CancellationToken ct);
}

/// <summary>Whether the bytes went to the printer, and the status that decided it.</summary>
public sealed record PrintResult(bool Printed, PrinterStatus Status);
