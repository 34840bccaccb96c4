namespace Tendero.Reports;

/// <summary>Everything a monthly report shows about one month of one business. Money is in micro-units of <see cref="Currency"/>.</summary>
public sealed record MonthFigures
{
    public required ReportMonth Month { get; init; }
    public int MessagesIn { get; init; }
    public int MessagesOut { get; init; }
    public int Messages => MessagesIn + MessagesOut;

    /// <summary>Distinct people who wrote (one per channel address).</summary>
    public int Customers { get; init; }

    /// <summary>From a customer's message arriving to our reply leaving; null when nothing was answered.</summary>
    public TimeSpan? MedianResponse { get; init; }
    public TimeSpan? P95Response { get; init; }

    /// <summary>Outbound messages that reached the person (delivered or read; sent on Telegram, which has no receipts) and those that failed.</summary>
    public int Delivered { get; init; }
    public int Failed { get; init; }
    public double? DeliveryRate => Delivered + Failed == 0 ? null : (double)Delivered / (Delivered + Failed);

    public string Currency { get; init; } = "USD";
    public long ModelMicros { get; init; }
    public long MessageMicros { get; init; }
    /// <summary>The business's <c>prices.compute_per_month</c> plus any other cost entry (hosting, say) the ledger holds.</summary>
    public long ComputeMicros { get; init; }
    public long CostMicros => ModelMicros + MessageMicros + ComputeMicros;

    public IReadOnlyList<DayFigures> Days { get; init; } = [];
    public IReadOnlyList<ChannelFigures> Channels { get; init; } = [];
    public IReadOnlyList<TierFigures> Tiers { get; init; } = [];
    public IReadOnlyList<NamedCount> Intents { get; init; } = [];
    public IReadOnlyList<ChainEnding> Chains { get; init; } = [];

    /// <summary>Null when the database has no reservations table (the solution is not installed).</summary>
    public ReservationFigures? Reservations { get; init; }
}

/// <summary>One local day: messages each way and the response times of the replies to that day's messages.</summary>
public sealed record DayFigures(DateOnly Day, int In, int Out, TimeSpan? P50, TimeSpan? P95);

public sealed record ChannelFigures(string Channel, int In, int Out, int Delivered, int Failed);

public sealed record TierFigures(string Tier, int Calls, long InputTokens, long OutputTokens, long Micros);

public sealed record NamedCount(string Name, int Count);

/// <summary>How alerts ended: the outcome, how many notices it took, the channel of the last one, and how many chains.</summary>
public sealed record ChainEnding(string Outcome, int Notices, string? LastChannel, int Count);

/// <summary>The reservations solution's month: bookings dated in the month, by status, and the guests they held.</summary>
public sealed record ReservationFigures(int Bookings, int Cancelled, int NoShows, int Seated, long Guests);
