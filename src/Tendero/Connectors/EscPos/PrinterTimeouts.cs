namespace Tendero.Connectors.EscPos;

/// <summary>How long a printer may take. A status answer comes within milliseconds when it comes at all
/// (REFERENCE §9: query before printing with a 1-2 s timeout), so a silent printer costs little.</summary>
public sealed record PrinterTimeouts
{
    public TimeSpan Connect { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Per status byte; a printer silent this long is "unknown" and the ticket is sent anyway.</summary>
    public TimeSpan Status { get; init; } = TimeSpan.FromSeconds(1.5);

    public TimeSpan Write { get; init; } = TimeSpan.FromSeconds(10);
}
