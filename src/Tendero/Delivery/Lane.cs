using Tendero.Config;
using Tendero.Core;
using Tendero.Delivery.Pacing;

namespace Tendero.Delivery;

/// <summary>
/// One business's channel account: where its outbound messages queue and are paced. A lane has a token bucket at the
/// provider's rate and spaces messages to one recipient (a WhatsApp user, a Telegram chat or group).
/// </summary>
internal sealed class Lane(BusinessConfig business, ChannelKind channel, TimeProvider time) : IDisposable
{
    private readonly LaneLimits limits = LimitsOf(business, channel);
    private readonly RecipientPacer pacer = new(time);
    private readonly Dictionary<long, DateTimeOffset> booked = [];

    public string Name { get; } = Storage.Outbox.LaneOf(business.Id, channel);

    public BusinessConfig Business => business;

    public ChannelKind Channel => channel;

    public TokenBucket Bucket { get; } = LimitsOf(business, channel).CreateBucket(time);

    public WakeSignal Wake { get; } = new();

    /// <summary>
    /// When this message may go to its recipient: now, or a later slot booked for it. A message that comes back at
    /// its booked slot is let through instead of booking another.
    /// </summary>
    public DateTimeOffset SlotFor(long messageId, string address)
    {
        var now = time.GetUtcNow();
        var interval = limits.RecipientInterval(address);
        if (interval <= TimeSpan.Zero)
        {
            return now;
        }
        lock (booked)
        {
            if (booked.Remove(messageId, out var mine))
            {
                return mine <= now ? now : Book(messageId, mine);
            }
            var slot = pacer.Reserve(address, interval);
            if (slot > now)
            {
                Book(messageId, slot);
                PruneIfLarge(now);
            }
            return slot;
        }
    }

    public void Dispose() => Wake.Dispose();

    private static LaneLimits LimitsOf(BusinessConfig business, ChannelKind channel) =>
        business.Lanes.TryGetValue(channel, out var limits) ? limits : LaneLimits.DefaultFor(channel);

    private DateTimeOffset Book(long messageId, DateTimeOffset slot)
    {
        booked[messageId] = slot;
        return slot;
    }

    // A booked message that never came back (it failed, or another node took it) must not be remembered forever.
    private void PruneIfLarge(DateTimeOffset now)
    {
        if (booked.Count < 10_000)
        {
            return;
        }
        foreach (var stale in booked.Where(b => b.Value < now - TimeSpan.FromHours(1)).Select(b => b.Key).ToList())
        {
            booked.Remove(stale);
        }
    }
}
