namespace Tendero.Simulator;

/// <summary>
/// Failures injected into the send endpoints (WhatsApp messages, Telegram sendMessage, Twilio Messages and Calls).
/// Safe to change from any thread while the simulator runs; each request reads the current values.
/// </summary>
public sealed class FaultSettings
{
    private double serverErrorRate;
    private double timeoutRate;
    private double dropStatusRate;
    private double rateLimitRate;
    private long retryAfterTicks = TimeSpan.FromSeconds(1).Ticks;
    private long timeoutHoldTicks = TimeSpan.FromSeconds(100).Ticks;

    /// <summary>Chance, 0..1, that a send answers 500/503 in the provider's error shape. Default 0.</summary>
    public double ServerErrorRate
    {
        get => Volatile.Read(ref serverErrorRate);
        set => Volatile.Write(ref serverErrorRate, CheckRate(value));
    }

    /// <summary>Chance, 0..1, that a send is held for <see cref="TimeoutHold"/> so the client times out. Default 0.</summary>
    public double TimeoutRate
    {
        get => Volatile.Read(ref timeoutRate);
        set => Volatile.Write(ref timeoutRate, CheckRate(value));
    }

    /// <summary>Chance, 0..1, that a send is refused as rate-limited (HTTP 429 in the provider's shape, with
    /// <see cref="RetryAfter"/> as Telegram's retry_after or Twilio's Retry-After). Default 0.</summary>
    public double RateLimitRate
    {
        get => Volatile.Read(ref rateLimitRate);
        set => Volatile.Write(ref rateLimitRate, CheckRate(value));
    }

    /// <summary>The wait an injected rate limit asks for, in whole seconds (at least 1). Default 1 s.</summary>
    public TimeSpan RetryAfter
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref retryAfterTicks));
        set => Interlocked.Exchange(ref retryAfterTicks, value >= TimeSpan.FromSeconds(1) ? value.Ticks
            : throw new ArgumentOutOfRangeException(nameof(value), value, "RetryAfter must be at least one second."));
    }

    /// <summary>Chance, 0..1, that a status webhook or callback is never sent. Default 0.</summary>
    public double DropStatusRate
    {
        get => Volatile.Read(ref dropStatusRate);
        set => Volatile.Write(ref dropStatusRate, CheckRate(value));
    }

    /// <summary>How long a timed-out request is held (on the simulator's clock) unless the client hangs up first. Default 100 s.</summary>
    public TimeSpan TimeoutHold
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref timeoutHoldTicks));
        set => Interlocked.Exchange(ref timeoutHoldTicks, value >= TimeSpan.Zero ? value.Ticks
            : throw new ArgumentOutOfRangeException(nameof(value), value, "TimeoutHold must not be negative."));
    }

    /// <summary>Copies every value from <paramref name="other"/>, e.g. a body posted to <c>/_sim/faults</c>.</summary>
    public void CopyFrom(FaultSettings other)
    {
        ServerErrorRate = other.ServerErrorRate;
        TimeoutRate = other.TimeoutRate;
        DropStatusRate = other.DropStatusRate;
        TimeoutHold = other.TimeoutHold;
        RateLimitRate = other.RateLimitRate;
        RetryAfter = other.RetryAfter;
    }

    private static double CheckRate(double value) => value is >= 0 and <= 1 ? value
        : throw new ArgumentOutOfRangeException(nameof(value), value, "A fault rate is a probability between 0 and 1.");
}
