namespace Tendero.Delivery.Pacing;

/// <summary>
/// A lane's send rate: refills at <see cref="PerSecond"/> up to <see cref="Burst"/> tokens and starts full. A send goes when at
/// least one token is there and takes its whole cost, so a 3-segment SMS on a 1-per-second number may leave the bucket in debt,
/// and the next send waits until the debt is repaid: the average rate holds whatever the sizes. Thread-safe.
/// </summary>
public sealed class TokenBucket
{
    // A token counts as there half a tick before it is due, and a wait is rounded up to whole ticks after forgiving a quarter tick,
    // so float error can neither strand a caller who slept exactly the wait nor turn a 0.1 s wait into 0.1000001 s.
    private const double SlackSeconds = 0.5 / TimeSpan.TicksPerSecond;

    private readonly Lock gate = new();
    private readonly TimeProvider time;
    private readonly long origin;

    // The moment, in seconds since origin, when the bucket was (or will be) empty, if it refills steadily from then on.
    // One number instead of (tokens, last refill): tokens(now) = min(burst, (now - emptyAt) · rate), and a debt is an emptyAt in the future.
    private double emptyAt;

    public TokenBucket(double perSecond, double burst, TimeProvider time)
    {
        if (!(perSecond > 0) || !double.IsFinite(perSecond))
        {
            throw new ArgumentOutOfRangeException(nameof(perSecond), perSecond, "A rate is a positive number of tokens a second.");
        }

        // Below one token the bucket could never hold a whole token, and nothing would ever be sent.
        if (!(burst >= 1) || !double.IsFinite(burst))
        {
            throw new ArgumentOutOfRangeException(nameof(burst), burst, "A burst is at least one token.");
        }

        ArgumentNullException.ThrowIfNull(time);
        PerSecond = perSecond;
        Burst = burst;
        this.time = time;
        origin = time.GetTimestamp();
        emptyAt = -burst / perSecond;
    }

    public double PerSecond { get; }

    public double Burst { get; }

    /// <summary>Tokens now, negative while a large send is being repaid.</summary>
    public double Tokens
    {
        get
        {
            lock (gate)
            {
                return TokensAt(Now());
            }
        }
    }

    /// <summary>Whole tokens now: how many one-token sends would go at once.</summary>
    public int Available
    {
        get
        {
            lock (gate)
            {
                var whole = Math.Floor((Now() + SlackSeconds - emptyAt) * PerSecond);
                return (int)Math.Clamp(Math.Min(whole, Math.Floor(Burst)), 0, int.MaxValue);
            }
        }
    }

    /// <summary>How long until a send may go; zero when one may go now.</summary>
    public TimeSpan NextTokenIn
    {
        get
        {
            lock (gate)
            {
                var now = Now();
                return HasToken(now) ? TimeSpan.Zero : WaitFor(now);
            }
        }
    }

    /// <summary>
    /// Takes <paramref name="cost"/> tokens (1 a message, the segments of an SMS) when at least one token is there now and returns true;
    /// otherwise takes nothing, returns false, and says in <paramref name="wait"/> how long until a token will be there.
    /// </summary>
    public bool TryTake(double cost, out TimeSpan wait)
    {
        if (!(cost > 0) || !double.IsFinite(cost))
        {
            throw new ArgumentOutOfRangeException(nameof(cost), cost, "A cost is a positive number of tokens.");
        }

        lock (gate)
        {
            var now = Now();
            if (!HasToken(now))
            {
                wait = WaitFor(now);
                return false;
            }

            // Tokens beyond the burst were never there, so the empty point is at most burst/rate ago before the cost moves it on.
            emptyAt = Math.Max(emptyAt, now - (Burst / PerSecond)) + (cost / PerSecond);
            wait = TimeSpan.Zero;
            return true;
        }
    }

    private double TokensAt(double now) => Math.Min(Burst, (now - emptyAt) * PerSecond);

    // One whole token is there once a token's worth of time has passed since the empty point (the burst is at least one).
    private double ReadyAt => emptyAt + (1 / PerSecond);

    private bool HasToken(double now) => now + SlackSeconds >= ReadyAt;

    // Never zero, and enough that a caller who sleeps for it finds the token there.
    private TimeSpan WaitFor(double now)
    {
        var ticks = ((ReadyAt - now) * TimeSpan.TicksPerSecond) - 0.25;
        return TimeSpan.FromTicks(Math.Max(1, (long)Math.Ceiling(ticks)));
    }

    private double Now() => (time.GetTimestamp() - origin) / (double)time.TimestampFrequency;
}
