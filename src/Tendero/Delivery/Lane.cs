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
    // Two sends to one person go this much further apart than the provider asks (2% and 100 ms), so that network
    // jitter between our send and its arrival does not make them look closer to the provider.
    private const double SpacingMargin = 1.02;
    private static readonly TimeSpan SpacingSlack = TimeSpan.FromMilliseconds(100);

    private readonly LaneLimits limits = LimitsOf(business, channel);
    private readonly RecipientPacer pacer = new(time);
    private readonly Dictionary<long, DateTimeOffset> booked = [];
    private readonly Dictionary<string, DateTimeOffset> lastSent = new(StringComparer.Ordinal);

    public string Name { get; } = Storage.Outbox.LaneOf(business.Id, channel);

    public BusinessConfig Business => business;

    public ChannelKind Channel => channel;

    public TokenBucket Bucket { get; } = LimitsOf(business, channel).CreateBucket(time);

    public WakeSignal Wake { get; } = new();

    /// <summary>
    /// Null when this message may go to its recipient now (it is then counted as sent now), else the later slot booked
    /// for it. Spacing is kept from the recipient's last actual send, so a lane catching up never sends two back to
    /// back; a message that comes back at its booked slot goes without booking another.
    /// </summary>
    public DateTimeOffset? SlotFor(long messageId, string address)
    {
        var spacing = limits.RecipientInterval(address);
        if (spacing <= TimeSpan.Zero)
        {
            return null;
        }
        var interval = spacing * SpacingMargin + SpacingSlack;
        lock (booked)
        {
            var earliest = lastSent.TryGetValue(address, out var last) ? last + interval : DateTimeOffset.MinValue;
            if (booked.Remove(messageId, out var mine))
            {
                return Decide(messageId, address, mine > earliest ? mine : earliest);
            }
            // Read the clock after the pacer did, so a free recipient's slot (the pacer's "now") is never in our future.
            var slot = pacer.Reserve(address, interval);
            return Decide(messageId, address, slot > earliest ? slot : earliest);
        }
    }

    /// <summary>
    /// The provider has answered a send to this recipient. Spacing then also counts from here: the request arrived
    /// before its answer, so a next message timed from the answer can never arrive too close to it.
    /// </summary>
    public void Sent(string address)
    {
        if (limits.RecipientInterval(address) <= TimeSpan.Zero)
        {
            return;
        }
        lock (booked)
        {
            var now = time.GetUtcNow();
            if (!lastSent.TryGetValue(address, out var last) || last < now)
            {
                lastSent[address] = now;
            }
        }
    }

    public void Dispose() => Wake.Dispose();

    private DateTimeOffset? Decide(long messageId, string address, DateTimeOffset slot)
    {
        var now = time.GetUtcNow();
        if (slot <= now)
        {
            lastSent[address] = now;
            Prune(now);
            return null;
        }
        booked[messageId] = slot;
        return slot;
    }

    // Bookings of messages that never came back (failed, taken by another node) and spacing long past are forgotten.
    private void Prune(DateTimeOffset now)
    {
        if (lastSent.Count + booked.Count < 10_000)
        {
            return;
        }
        var horizon = now - TimeSpan.FromMinutes(10);
        foreach (var stale in lastSent.Where(s => s.Value < horizon).Select(s => s.Key).ToList())
        {
            lastSent.Remove(stale);
        }
        foreach (var stale in booked.Where(b => b.Value < now - TimeSpan.FromHours(1)).Select(b => b.Key).ToList())
        {
            booked.Remove(stale);
        }
    }

    private static LaneLimits LimitsOf(BusinessConfig business, ChannelKind channel) =>
        business.Lanes.TryGetValue(channel, out var limits) ? limits : LaneLimits.DefaultFor(channel);
}
