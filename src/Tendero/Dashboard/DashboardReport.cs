namespace Tendero.Dashboard;

/// <summary>
/// Everything the business page shows, for a number of the business's local days up to now. The JSON endpoint returns
/// this record as it is, so a test can compare the page with the API. Money is in micro-units with its currency;
/// <see cref="Costs"/> and the tiers' cost are null for staff.
/// </summary>
public sealed record DashboardReport(
    string Business,
    string Name,
    string TimeZone,
    int Days,
    DateTimeOffset From,
    DateTimeOffset Until,
    IReadOnlyList<DayMessages> Messages,
    ResponseTimes ResponseTime,
    DeliveryFunnel Delivery,
    IReadOnlyList<LaneView> Lanes,
    IReadOnlyList<ChainStepCount> Chains,
    IReadOnlyList<TierView> Models,
    CostReport? Costs);

/// <summary>Messages on one local day, per channel and direction (in | out).</summary>
public sealed record DayMessages(DateOnly Date, IReadOnlyList<ChannelCount> Channels)
{
    public long Total => Channels.Sum(c => c.Inbound + c.Outbound);
}

public sealed record ChannelCount(string Channel, long Inbound, long Outbound);

/// <summary>Inbound message to the moment its reply left, over the replies in the window; null when there were none.</summary>
public sealed record ResponseTimes(long Replies, double? P50Seconds, double? P95Seconds);

/// <summary>Outbound messages made in the window, by how far they got: each count includes the later stages (read is delivered is sent).</summary>
public sealed record DeliveryFunnel(long Outbound, long Pending, long Sent, long Delivered, long Read, long Failed, IReadOnlyList<FailureGroup> Failures);

/// <summary>A lane now: what waits, what is being sent, the pace over the last hour, and its configured limit.</summary>
public sealed record LaneView(string Lane, string Channel, long Queued, long Sending, long SentLastHour, double PerMinute, double? LimitPerSecond);

public sealed record TierView(string Tier, long Calls, long Ok, long InputTokens, long OutputTokens, MoneyView? Cost);

/// <summary>Costs per local day in the business's currency; compute is the monthly figure spread over the month's days.</summary>
public sealed record CostReport(string Currency, IReadOnlyList<DayCost> Days, MoneyView Total, MoneyView? Budget, IReadOnlyList<MoneyView> OtherCurrencies);

public sealed record DayCost(DateOnly Date, MoneyView Models, MoneyView Messages, MoneyView Compute, MoneyView Total, MoneyView? Budget);

/// <summary>An amount as the API shows it: exact micro-units, the currency, and the readable form ("USD 1.50").</summary>
public sealed record MoneyView(long Micros, string Currency, string Display)
{
    public static MoneyView Of(long micros, string currency) => new(micros, currency, $"{currency} {Core.Money.FormatAmount(micros)}");
}
