namespace Tendero.Hosting;

/// <summary>
/// Simulated time that runs <see cref="Speed"/> times faster than <c>inner</c>: at 3600 one real second is one simulated hour,
/// so a demo or soak run can live through days of reminders, windows and retries in minutes. Clocks and timers stay consistent:
/// a timer for a simulated hour fires once the clock reads an hour later, never before.
/// </summary>
public sealed class ScaledTimeProvider : TimeProvider
{
    private readonly TimeProvider inner;
    private readonly DateTimeOffset startUtc;
    private readonly long startTimestamp;

    public ScaledTimeProvider(TimeProvider inner, double speed)
        : this(inner, speed, null)
    {
    }

    /// <summary>A clock that reads <paramref name="start"/> now (the demo's evening starts in the morning), then runs <paramref name="speed"/> times faster.</summary>
    public ScaledTimeProvider(TimeProvider inner, double speed, DateTimeOffset? start)
    {
        ArgumentNullException.ThrowIfNull(inner);
        if (!(speed >= 1) || !double.IsFinite(speed))
        {
            throw new ArgumentOutOfRangeException(nameof(speed), speed, "Simulated time runs at least as fast as real time: use a speed of 1 or more.");
        }

        this.inner = inner;
        Speed = speed;
        startUtc = start?.ToUniversalTime() ?? inner.GetUtcNow();
        startTimestamp = inner.GetTimestamp();
    }

    public double Speed { get; }

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override long GetTimestamp() => startTimestamp + ScaledElapsed();

    // Elapsed time comes from the inner monotonic timestamp, so a wall-clock correction cannot make simulated time jump.
    public override DateTimeOffset GetUtcNow() =>
        startUtc + TimeSpan.FromTicks((long)((Int128)ScaledElapsed() * TimeSpan.TicksPerSecond / TimestampFrequency));

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return new ScaledTimer(inner.CreateTimer(callback, state, ToInner(dueTime), ToInner(period)), this);
    }

    /// <summary>The inner duration for a simulated one, rounded up to whole milliseconds; zero and infinite pass unchanged.</summary>
    internal TimeSpan ToInner(TimeSpan simulated)
    {
        if (simulated <= TimeSpan.Zero)
        {
            // Zero, Timeout.InfiniteTimeSpan, and negatives that the inner provider rejects with its own message.
            return simulated;
        }

        // Whole milliseconds, at least one: the system timer truncates to milliseconds, which would fire early,
        // and reads a period of 0 as "do not repeat", which would silently stop a periodic timer.
        var milliseconds = Math.Max(1, Math.Ceiling(simulated.Ticks / Speed / TimeSpan.TicksPerMillisecond));
        return TimeSpan.FromMilliseconds(milliseconds);
    }

    private long ScaledElapsed() => (long)((inner.GetTimestamp() - startTimestamp) * Speed);

    private sealed class ScaledTimer(ITimer timer, ScaledTimeProvider owner) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => timer.Change(owner.ToInner(dueTime), owner.ToInner(period));

        public void Dispose() => timer.Dispose();

        public ValueTask DisposeAsync() => timer.DisposeAsync();
    }
}
