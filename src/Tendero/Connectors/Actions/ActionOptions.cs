namespace Tendero.Connectors.Actions;

/// <summary>How the actions worker claims and retries calls.</summary>
public sealed class ActionOptions
{
    /// <summary>How long a claimed call stays reserved. Longer than any action's timeout (at most 2 minutes). Default 5 minutes.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Calls claimed per round, 1-500. Default 16.</summary>
    public int BatchSize { get; set; } = 16;

    /// <summary>Calls in flight at once, 1-64. Default 4: the systems we call are often small.</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>After this many attempts a call that still fails is marked failed. Default 10 (about a day with the caps below).</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The first retry waits about this long; each next one up to twice as long, with jitter. Default 10 seconds.</summary>
    public TimeSpan BaseBackoff { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest wait between two attempts. Default 1 hour.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The longest sleep between looks when no signal wakes the worker. Default 5 seconds.</summary>
    public TimeSpan IdlePoll { get; set; } = TimeSpan.FromSeconds(5);
}
