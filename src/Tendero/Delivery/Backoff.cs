namespace Tendero.Delivery;

/// <summary>Exponential backoff with full jitter: a random wait in [base, min(cap, base·2^(attempt-1))].</summary>
public static class Backoff
{
    public static TimeSpan For(int attempt, TimeSpan baseDelay, TimeSpan cap, double random)
    {
        var exponent = Math.Min(Math.Max(attempt - 1, 0), 30);
        var ceiling = Math.Min(cap.TotalMilliseconds, baseDelay.TotalMilliseconds * Math.Pow(2, exponent));
        var floor = Math.Min(baseDelay.TotalMilliseconds, ceiling);
        return TimeSpan.FromMilliseconds(floor + ((ceiling - floor) * random));
    }
}
