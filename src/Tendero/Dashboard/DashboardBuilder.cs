using Tendero.Ai.Routing;
using Tendero.Config;
using Tendero.Core;
using Tendero.Storage;

namespace Tendero.Dashboard;

/// <summary>Turns the ledger's figures into a <see cref="DashboardReport"/>: local days, percentiles, the funnel and costs.</summary>
public sealed class DashboardBuilder(DashboardQueries queries, ModelCallStore calls, TimeProvider time)
{
    public const int MaxDays = 90;

    public async Task<DashboardReport> BuildAsync(BusinessConfig business, int days, bool withMoney, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxDays);
        var zone = business.TimeZone;
        var now = time.GetUtcNow();
        var today = LocalDay.Of(now, zone);
        var dates = Enumerable.Range(0, days).Select(i => today.AddDays(i - days + 1)).ToList();
        var from = StartOf(dates[0], zone);
        var (fromMs, untilMs) = (from.Ms(), now.Ms() + 1);
        var id = business.Id;

        var messages = await queries.MessagesAsync(id, fromMs, untilMs, ct);
        var replies = await queries.ResponseTimesAsync(id, fromMs, untilMs, ct);
        var statuses = await queries.OutboundStatusesAsync(id, fromMs, untilMs, ct);
        var failures = await queries.FailuresAsync(id, fromMs, untilMs, ct);
        var lanes = await queries.LanesAsync(id, (now - TimeSpan.FromHours(1)).Ms(), ct);
        var chains = await queries.ChainsInFlightAsync(id, ct);
        var tiers = await calls.TotalsAsync(id, from, now.AddMilliseconds(1), ct);

        return new DashboardReport(
            id, business.Name, zone.Id, days, TimeZoneInfo.ConvertTime(from, zone), TimeZoneInfo.ConvertTime(now, zone),
            PerDay(dates, messages, zone),
            Percentiles(replies),
            Funnel(statuses, failures),
            lanes.Select(l => Lane(l, business)).ToList(),
            chains,
            tiers.Select(t => new TierView(t.Tier, t.Calls, t.Calls - t.NotOk, t.InputTokens, t.OutputTokens, withMoney ? MoneyView.Of(t.AmountMicros, t.Currency) : null)).ToList(),
            withMoney ? await CostsAsync(business, dates, fromMs, untilMs, ct) : null);
    }

    /// <summary>The instant a local day begins (DST-safe: the offset is the one in force at that midnight).</summary>
    public static DateTimeOffset StartOf(DateOnly date, TimeZoneInfo zone)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight)).ToUniversalTime();
    }

    private static DateOnly DayOf(long bucket, TimeZoneInfo zone) => LocalDay.Of(Clock.At(bucket * DashboardQueries.BucketMs), zone);

    private static List<DayMessages> PerDay(List<DateOnly> dates, IReadOnlyList<MessageBucket> rows, TimeZoneInfo zone)
    {
        var byDay = rows.GroupBy(r => DayOf(r.Bucket, zone)).ToDictionary(g => g.Key, g => g.ToList());
        return dates.Select(date => new DayMessages(date, byDay.GetValueOrDefault(date, [])
                .GroupBy(r => r.Channel)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new ChannelCount(g.Key, g.Where(r => r.Direction == "in").Sum(r => r.Count), g.Where(r => r.Direction == "out").Sum(r => r.Count)))
                .ToList()))
            .ToList();
    }

    /// <summary>Nearest-rank percentiles, in seconds.</summary>
    public static ResponseTimes Percentiles(IReadOnlyList<long> millis)
    {
        if (millis.Count == 0)
        {
            return new ResponseTimes(0, null, null);
        }
        var sorted = millis.Select(m => Math.Max(0, m)).Order().ToList();
        double Rank(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)] / 1000.0;
        return new ResponseTimes(sorted.Count, Rank(0.50), Rank(0.95));
    }

    private static DeliveryFunnel Funnel(IReadOnlyList<StatusBucket> statuses, IReadOnlyList<FailureGroup> failures)
    {
        long Count(params string[] names) => statuses.Where(s => names.Contains(s.Status)).Sum(s => s.Count);
        return new DeliveryFunnel(statuses.Sum(s => s.Count), Count("queued", "sending"), Count("sent", "delivered", "read"),
            Count("delivered", "read"), Count("read"), Count("failed"), failures);
    }

    private static LaneView Lane(LaneNow lane, BusinessConfig business)
    {
        var channel = lane.Lane[(lane.Lane.LastIndexOf('/') + 1)..];
        double? limit = ChannelNames.TryParse(channel, out var kind) && business.Lanes.TryGetValue(kind, out var limits) ? limits.PerSecond : null;
        return new LaneView(lane.Lane, channel, lane.Queued, lane.Sending, lane.SentRecently, Math.Round(lane.SentRecently / 60.0, 2), limit);
    }

    private async Task<CostReport> CostsAsync(BusinessConfig business, List<DateOnly> dates, long fromMs, long untilMs, CancellationToken ct)
    {
        var zone = business.TimeZone;
        var currency = business.Prices?.Currency ?? business.Models.Fast?.Price.Currency ?? "USD";
        var models = await queries.ModelCostsAsync(business.Id, fromMs, untilMs, ct);
        var messages = await queries.MessageCostsAsync(business.Id, fromMs, untilMs, ct);
        Dictionary<DateOnly, long> Sum(IEnumerable<CostBucket> rows) => rows.Where(r => r.Currency == currency)
            .GroupBy(r => DayOf(r.Bucket, zone)).ToDictionary(g => g.Key, g => g.Sum(r => r.Micros));
        var (modelDays, messageDays) = (Sum(models), Sum(messages));
        var days = dates.Select(date =>
        {
            var inMonth = DateTime.DaysInMonth(date.Year, date.Month);
            var (m, s, c) = (modelDays.GetValueOrDefault(date), messageDays.GetValueOrDefault(date), business.ComputePerMonthMicros / inMonth);
            var budget = business.BudgetPerMonthMicros is { } b ? MoneyView.Of(b / inMonth, currency) : null;
            return new DayCost(date, MoneyView.Of(m, currency), MoneyView.Of(s, currency), MoneyView.Of(c, currency), MoneyView.Of(m + s + c, currency), budget);
        }).ToList();
        var others = models.Concat(messages).Where(r => r.Currency != currency).GroupBy(r => r.Currency)
            .Select(g => MoneyView.Of(g.Sum(r => r.Micros), g.Key)).ToList();
        var budgetTotal = days.All(d => d.Budget is not null) ? MoneyView.Of(days.Sum(d => d.Budget!.Micros), currency) : null;
        return new CostReport(currency, days, MoneyView.Of(days.Sum(d => d.Total.Micros), currency), budgetTotal, others);
    }
}
