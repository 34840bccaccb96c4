using Tendero.Connectors.EscPos;

namespace Tendero.Config;

/// <summary>
/// A kitchen printer from the <c>printers:</c> section. Tickets for it queue and print in order; when it has been
/// failing (off-line, out of paper, unreachable) for <see cref="AlertAfter"/>, <see cref="AlertTo"/> is alerted
/// through <see cref="AlertPolicy"/>, once per outage.
/// </summary>
public sealed record PrinterConfig(string Name, PrinterAddress Address)
{
    /// <summary>Characters per line: 32, 42 (default) or 48.</summary>
    public int Width { get; init; } = TicketWidths.Default;

    public PrinterCodePage CodePage { get; init; } = PrinterCodePage.Cp858;

    /// <summary>Feed and cut with <c>GS V 0</c> instead of <c>GS V 66 n</c> (printers without function B).</summary>
    public bool FullCut { get; init; }

    public TimeSpan AlertAfter { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>A staff id or an address; null when nobody is alerted.</summary>
    public string? AlertTo { get; init; }

    public string? AlertPolicy { get; init; }
}
