namespace Tendero.Simulator.Infrastructure;

/// <summary>
/// A token bucket on the simulator's clock. Not thread-safe on purpose: the owner holds one lock while it checks
/// several buckets (number and pair, bot and chat) so that a refused request takes no token from any of them.
/// </summary>
internal sealed class TokenBucket
{
    private readonly double capacity;
    private readonly double refillPerSecond;
    private readonly TimeProvider time;
    private double tokens;
    private DateTimeOffset last;

    public TokenBucket(double capacity, double refillPerSecond, TimeProvider time)
    {
        this.capacity = capacity;
        this.refillPerSecond = refillPerSecond;
        this.time = time;
        tokens = capacity;
        last = time.GetUtcNow();
    }

    /// <summary>Zero when a token is free now, else how long until one is.</summary>
    public TimeSpan WaitForToken()
    {
        Refill();
        return tokens >= 1 ? TimeSpan.Zero : TimeSpan.FromSeconds((1 - tokens) / refillPerSecond);
    }

    public void Take()
    {
        Refill();
        tokens -= 1;
    }

    private void Refill()
    {
        var now = time.GetUtcNow();
        var elapsed = (now - last).TotalSeconds;
        if (elapsed > 0)
        {
            tokens = Math.Min(capacity, tokens + elapsed * refillPerSecond);
            last = now;
        }
    }
}
