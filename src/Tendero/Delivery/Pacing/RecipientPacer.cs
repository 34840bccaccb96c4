namespace Tendero.Delivery.Pacing;

/// <summary>
/// Spaces messages to one recipient (WhatsApp's pair rate, Telegram's per-chat and per-group limits, REFERENCE §1.3 and §2):
/// <see cref="Reserve"/> books the next free slot, so k messages to one person go at now, now + interval, now + 2·interval…
/// Thread-safe, and memory stays bounded by the recipients with a booking still ahead, not by everyone ever messaged.
/// </summary>
public sealed class RecipientPacer(TimeProvider time)
{
    // Below this many keys a sweep is not worth its cost.
    private const int MinimumSweepSize = 1024;

    private readonly Lock gate = new();
    private readonly Dictionary<string, DateTimeOffset> nextFree = new(StringComparer.Ordinal);
    private int sweepAt = MinimumSweepSize;

    /// <summary>Recipients currently remembered (some may already be free again until the next sweep).</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return nextFree.Count;
            }
        }
    }

    /// <summary>
    /// Books the earliest slot for <paramref name="key"/> and returns it: now when the recipient is free, else when its last booking
    /// ends. The slot after it is <paramref name="interval"/> later; a zero interval books nothing.
    /// </summary>
    public DateTimeOffset Reserve(string key, TimeSpan interval)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentOutOfRangeException.ThrowIfLessThan(interval, TimeSpan.Zero);
        lock (gate)
        {
            var now = time.GetUtcNow();
            var slot = nextFree.TryGetValue(key, out var free) && free > now ? free : now;
            if (interval > TimeSpan.Zero)
            {
                nextFree[key] = slot + interval;
                if (nextFree.Count >= sweepAt)
                {
                    Sweep(now);
                }
            }

            return slot;
        }
    }

    // A recipient whose next free slot has passed is indistinguishable from one never seen, so it is forgotten. Sweeping only when
    // the map has doubled since the last sweep keeps the cost per reservation constant on average.
    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, free) in nextFree)
        {
            if (free <= now)
            {
                nextFree.Remove(key);
            }
        }

        sweepAt = Math.Max(MinimumSweepSize, nextFree.Count * 2);
    }
}
