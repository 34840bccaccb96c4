namespace Tendero.Delivery.Chains;

/// <summary>How the chain runner takes due chains.</summary>
public sealed class ChainOptions
{
    /// <summary>Chains looked at per round (1–5000). Default 500.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>Chains decided at once (1–64). Default 8.</summary>
    public int MaxConcurrency { get; set; } = 8;

    /// <summary>How long a claim holds a chain; a chain whose worker died comes due again after this. Default 30 s.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest sleep when nothing is due and nothing wakes the runner. Default 1 s.</summary>
    public TimeSpan IdlePoll { get; set; } = TimeSpan.FromSeconds(1);
}
