namespace Tendero.Delivery;

/// <summary>How the dispatcher takes work from the ledger. Defaults follow the queue peers in REFERENCE §5.3.</summary>
public sealed class DispatcherOptions
{
    /// <summary>Rows claimed per round (1–1000). Default 64.</summary>
    public int BatchSize { get; set; } = 64;

    /// <summary>Sends in flight at once, over all lanes (1–256). Default 32.</summary>
    public int MaxConcurrency { get; set; } = 32;

    /// <summary>How long a claim holds a row. Much longer than a send may take, so a live sender never loses its row.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Attempts before a row that keeps failing is marked failed (rate-limit waits do not count). Default 8.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>First retry wait; it doubles per attempt, with full jitter, up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan BaseBackoff { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The longest sleep when nothing is due and nobody wakes us; also how often expired leases are rescued.</summary>
    public TimeSpan IdlePoll { get; set; } = TimeSpan.FromSeconds(1);
}
