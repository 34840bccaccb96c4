using Tendero.Core;
using Tendero.Delivery.Pacing;
using Tendero.Delivery.Pricing;

namespace Tendero.Config;

/// <summary>Checks the lane limits and the price table of a business file.</summary>
internal static class DeliveryMapper
{
    public static IReadOnlyDictionary<ChannelKind, LaneLimits> Lanes(Dictionary<string, LaneFile>? lanes, FieldChecker check)
    {
        var result = ChannelNames.All.ToDictionary(c => c, LaneLimits.DefaultFor);
        foreach (var (name, file) in lanes ?? [])
        {
            var field = $"lanes.{name}";
            if (!ChannelNames.TryParse(name, out var channel))
            {
                check.Fail(field, "not a channel: use whatsapp, telegram, sms or voice");
                continue;
            }
            var limits = result[channel];
            try
            {
                if (file?.PerSecond is { } rate)
                {
                    // A new rate brings the default burst (half a second's worth) unless the file also says otherwise.
                    limits = limits with { PerSecond = rate, Burst = file.Burst ?? LaneLimits.DefaultBurst(rate) };
                }
                if (file?.Burst is { } burst)
                {
                    limits = limits with { Burst = burst };
                }
                if (file?.PerRecipient is { } perRecipient)
                {
                    limits = limits with { PerRecipient = Interval($"{field}.per_recipient", perRecipient, check) ?? limits.PerRecipient };
                }
                if (file?.PerGroup is { } perGroup)
                {
                    limits = limits with { PerGroup = Interval($"{field}.per_group", perGroup, check) ?? limits.PerGroup };
                }
                result[channel] = limits;
            }
            catch (ArgumentException e)
            {
                check.Fail(field, e.Message);
            }
        }
        return result;
    }

    public static PriceTable? Prices(PricesFile? prices, IReadOnlySet<ChannelKind> channels, IEnumerable<WhatsAppTemplate> templates, FieldChecker check)
    {
        if (prices is null)
        {
            check.Fail("prices", "is required: every message gets a cost entry, so each configured channel needs a price (see the README)");
            return null;
        }
        var whatsapp = prices.Whatsapp?.ToDictionary(c => c.Key, c => (IReadOnlyDictionary<string, string>)c.Value);
        var result = PriceTable.Build(prices.Currency, whatsapp, prices.Telegram, prices.Sms, prices.Voice, channels,
            templates.Select(t => t.Category).ToHashSet());
        foreach (var error in result.Errors)
        {
            check.Problem(error);
        }
        return result.Table;
    }

    /// <summary>An optional amount such as "25.00" in micro-units; a bad one is reported against its field.</summary>
    public static long? Amount(string field, string? text, FieldChecker check)
    {
        if (text is null)
        {
            return null;
        }
        if (Core.Money.TryParseAmount(text, out var micros, out var error))
        {
            return micros;
        }
        check.Fail(field, error);
        return null;
    }

    private static TimeSpan? Interval(string field, string text, FieldChecker check)
    {
        if (text.Trim() is "0" or "0s")
        {
            return TimeSpan.Zero;
        }
        if (Durations.TryParse(text, out var duration))
        {
            return duration;
        }
        check.Fail(field, $"'{text}' is not a duration such as 1s or 6s");
        return null;
    }
}
