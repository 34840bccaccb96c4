using System.Globalization;
using Tendero.Core;

namespace Tendero.Delivery.Pacing;

/// <summary>
/// How fast one lane (a WhatsApp number, a Telegram bot, a Twilio number) may send: <paramref name="PerSecond"/> with a burst of
/// <paramref name="Burst"/> tokens, and at least <paramref name="PerRecipient"/> between two messages to one person, or
/// <paramref name="PerGroup"/> to one group chat. A zero interval means no per-recipient spacing.
/// </summary>
public sealed record LaneLimits(double PerSecond, double Burst, TimeSpan PerRecipient, TimeSpan PerGroup)
{
    public double PerSecond { get; init => field = Rate(value, nameof(PerSecond)); } = Rate(PerSecond, nameof(PerSecond));

    public double Burst { get; init => field = AtLeastOne(value, nameof(Burst)); } = AtLeastOne(Burst, nameof(Burst));

    public TimeSpan PerRecipient { get; init => field = Interval(value, nameof(PerRecipient)); } = Interval(PerRecipient, nameof(PerRecipient));

    public TimeSpan PerGroup { get; init => field = Interval(value, nameof(PerGroup)); } = Interval(PerGroup, nameof(PerGroup));

    /// <summary>
    /// Limits with the burst defaulting to half a second's worth, never below one token. The provider's own bucket holds
    /// a full second: keeping ours smaller leaves room for the jitter between our send and its arrival, so the average
    /// rate is the provider's and a burst never reaches past its bucket.
    /// </summary>
    public static LaneLimits Create(double perSecond, TimeSpan perRecipient, TimeSpan? perGroup = null, double? burst = null) =>
        new(perSecond, burst ?? DefaultBurst(perSecond), perRecipient, perGroup ?? perRecipient);

    public static double DefaultBurst(double perSecond) => Math.Max(1, perSecond / 2);

    /// <summary>The providers' published defaults (REFERENCE §1.3, §2, §3.4; Twilio CPS glossary).</summary>
    public static LaneLimits DefaultFor(ChannelKind channel) => channel switch
    {
        // 80 messages/s per number by default; about one message per 6 s to one user (pair rate limit, error 131056).
        ChannelKind.WhatsApp => Create(80, TimeSpan.FromSeconds(6)),

        // Bot FAQ: about 30 messages/s in bulk, 1/s per chat, 20/min per group.
        ChannelKind.Telegram => Create(30, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)),

        // A US long code sends 1 segment/s; Twilio queues per sender, not per recipient.
        ChannelKind.Sms => Create(1, TimeSpan.Zero),

        // Each Twilio account starts at 1 call per second for API-created calls (https://www.twilio.com/docs/glossary/cps).
        ChannelKind.Voice => Create(1, TimeSpan.Zero),
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };

    /// <summary>
    /// The spacing for one address: <see cref="PerGroup"/> for a Telegram group or channel (their chat ids are negative),
    /// <see cref="PerRecipient"/> for everyone else (a phone number starts with a plus, a private chat id is positive).
    /// </summary>
    public TimeSpan RecipientInterval(string address) =>
        address.StartsWith('-') && long.TryParse(address, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
            ? PerGroup
            : PerRecipient;

    /// <summary>A fresh, full bucket for these limits.</summary>
    public TokenBucket CreateBucket(TimeProvider time) => new(PerSecond, Burst, time);

    private static double Rate(double value, string name) => value > 0 && double.IsFinite(value)
        ? value
        : throw new ArgumentOutOfRangeException(name, value, "A rate is a positive number a second.");

    private static double AtLeastOne(double value, string name) => value >= 1 && double.IsFinite(value)
        ? value
        : throw new ArgumentOutOfRangeException(name, value, "A burst is at least one token, or nothing could ever be sent.");

    private static TimeSpan Interval(TimeSpan value, string name) => value >= TimeSpan.Zero
        ? value
        : throw new ArgumentOutOfRangeException(name, value, "A spacing is zero or more.");
}
