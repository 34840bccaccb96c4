namespace Tendero.Connectors.EscPos;

/// <summary>How the printer worker retries and waits. Per-printer settings (address, width, alert) are in the business file.</summary>
public sealed class PrinterOptions
{
    /// <summary>How long a job being printed stays reserved for its node. Default 1 minute; well above the timeouts.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The first retry of a printer that is off-line or out of paper. Default 5 s.</summary>
    public TimeSpan BaseBackoff { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest wait between tries, so a printer that is back prints within a minute. Default 1 minute.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often an idle printer loop looks again without a wake-up (another node may have queued). Default 30 s.</summary>
    public TimeSpan IdlePoll { get; set; } = TimeSpan.FromSeconds(30);

    public PrinterTimeouts Timeouts { get; set; } = new();
}
