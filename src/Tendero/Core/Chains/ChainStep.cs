namespace Tendero.Core.Chains;

/// <summary>One step of a fallback policy. <see cref="OnlyIfCritical"/> marks where a chain that is not critical stops.</summary>
public abstract record ChainStep(bool OnlyIfCritical);

/// <summary>Send the alert on one channel.</summary>
public sealed record NotifyStep(ChannelKind Channel, bool OnlyIfCritical = false) : ChainStep(OnlyIfCritical);

/// <summary>Wait up to <paramref name="Duration"/> for <paramref name="Until"/>; the chain ends happily when it comes.</summary>
public sealed record WaitStep(TimeSpan Duration, ChainSignal Until, bool OnlyIfCritical = false) : ChainStep(OnlyIfCritical);
