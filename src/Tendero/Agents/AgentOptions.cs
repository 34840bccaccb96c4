namespace Tendero.Agents;

/// <summary>How the agent runtime claims and retries work.</summary>
public sealed class AgentOptions
{
    /// <summary>How long a claimed event stays reserved; a handler that takes longer (a stuck model call) loses it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    public int BatchSize { get; set; } = 32;

    /// <summary>Events handled at once per agent (each for a different conversation).</summary>
    public int MaxConcurrency { get; set; } = 8;

    /// <summary>After this many failed attempts an event is set aside as dead for this agent, and logged.</summary>
    public int MaxAttempts { get; set; } = 8;

    public TimeSpan BaseBackoff { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The longest sleep between looks when nothing wakes the agent.</summary>
    public TimeSpan IdlePoll { get; set; } = TimeSpan.FromSeconds(1);
}
