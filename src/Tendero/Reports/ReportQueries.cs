using System.Text.Json;
using Dapper;
using Tendero.Storage;

namespace Tendero.Reports;

/// <summary>
/// Reads one month of one business from the database: messages, replies, costs, model calls, intents, chains and (when
/// the table exists) reservations. Rows are fetched with plain SQL and bucketed here, by local day in the business's zone.
/// </summary>
public sealed class ReportQueries(IDatabase database)
{
    public async Task<MonthFigures> LoadAsync(string businessId, TimeZoneInfo zone, ReportMonth month, string currency, CancellationToken ct)
    {
        var (from, to) = month.Range(zone);
        var p = new { b = businessId, from = from.Ms(), to = to.Ms() };
        var tiers = await new ModelCallStore(database).TotalsAsync(businessId, from, to, ct);
        return await database.ReadAsync(async c =>
        {
            var messages = (await c.QueryAsync<MessageRow>(new CommandDefinition(
                """
                SELECT direction AS Direction, channel AS Channel, address AS Address, status AS Status, created_at AS CreatedAt
                  FROM messages WHERE business_id = @b AND created_at >= @from AND created_at < @to
                """, p, cancellationToken: ct))).ToList();
            var replies = (await c.QueryAsync<ReplyRow>(new CommandDefinition(
                """
                SELECT i.created_at AS InAt, o.sent_at AS SentAt
                  FROM messages o JOIN messages i ON i.id = o.reply_to
                 WHERE i.business_id = @b AND i.created_at >= @from AND i.created_at < @to AND o.sent_at IS NOT NULL
                """, p, cancellationToken: ct))).ToList();
            var costs = (await c.QueryAsync<SumRow>(new CommandDefinition(
                """
                SELECT source AS Name, currency AS Currency, SUM(amount_micros) AS Micros
                  FROM costs WHERE business_id = @b AND created_at >= @from AND created_at < @to GROUP BY source, currency
                """, p, cancellationToken: ct))).ToList();
            var intents = (await c.QueryAsync<string>(new CommandDefinition(
                """
                SELECT payload FROM events
                 WHERE business_id = @b AND topic = 'intent.detected' AND created_at >= @from AND created_at < @to
                """, p, cancellationToken: ct))).ToList();
            var chains = (await c.QueryAsync<ChainRowLite>(new CommandDefinition(
                """
                SELECT id AS Id, state AS State, outcome AS Outcome
                  FROM chains WHERE business_id = @b AND created_at >= @from AND created_at < @to
                """, p, cancellationToken: ct))).ToList();
            var notices = (await c.QueryAsync<NoticeRow>(new CommandDefinition(
                """
                SELECT e.chain_id AS ChainId, e.step AS Step, e.channel AS Channel
                  FROM chain_events e JOIN chains c ON c.id = e.chain_id
                 WHERE c.business_id = @b AND c.created_at >= @from AND c.created_at < @to AND e.kind = 'notify' AND e.outcome = 'queued'
                """, p, cancellationToken: ct))).ToList();
            var reservations = await ReservationReader.ReadAsync(c, businessId, month, ct);
            return Build(month, zone, currency, messages, replies, costs, tiers, intents, chains, notices, reservations);
        }, ct);
    }

    private static MonthFigures Build(
        ReportMonth month, TimeZoneInfo zone, string currency, List<MessageRow> messages, List<ReplyRow> replies, List<SumRow> costs,
        IReadOnlyList<ModelCallTotal> tiers, List<string> intents, List<ChainRowLite> chains, List<NoticeRow> notices, ReservationFigures? reservations)
    {
        DateOnly DayOf(long ms) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(ms), zone).DateTime);
        var inbound = messages.Where(m => m.Direction == "in").ToList();
        var outbound = messages.Where(m => m.Direction == "out").ToList();
        var waits = replies.Select(r => (Day: DayOf(r.InAt), Wait: TimeSpan.FromMilliseconds(Math.Max(0, r.SentAt - r.InAt)))).ToList();
        var days = Enumerable.Range(0, month.Days).Select(i => month.FirstDay.AddDays(i)).Select(day =>
        {
            var dayWaits = waits.Where(w => w.Day == day).Select(w => w.Wait).ToList();
            return new DayFigures(day, inbound.Count(m => DayOf(m.CreatedAt) == day), outbound.Count(m => DayOf(m.CreatedAt) == day),
                Percentile.Of(dayWaits, 0.50), Percentile.Of(dayWaits, 0.95));
        }).ToList();
        var allWaits = waits.Select(w => w.Wait).ToList();
        long CostOf(Func<string, bool> source) => costs.Where(r => r.Currency == currency && source(r.Name)).Sum(r => r.Micros);
        var endings = chains.Select(chain =>
            {
                var sent = notices.Where(n => n.ChainId == chain.Id).OrderBy(n => n.Step).ToList();
                var outcome = chain.State == "active" ? "active" : chain.Outcome ?? "ended";
                return (outcome, sent.Count, sent.LastOrDefault()?.Channel);
            })
            .GroupBy(e => e).Select(g => new ChainEnding(g.Key.outcome, g.Key.Count, g.Key.Channel, g.Count()))
            .OrderByDescending(e => e.Count).ThenBy(e => e.Outcome, StringComparer.Ordinal).ThenBy(e => e.Notices).ToList();
        return new MonthFigures
        {
            Month = month,
            MessagesIn = inbound.Count,
            MessagesOut = outbound.Count,
            Customers = inbound.Select(m => (m.Channel, m.Address)).Distinct().Count(),
            MedianResponse = Percentile.Of(allWaits, 0.50),
            P95Response = Percentile.Of(allWaits, 0.95),
            Delivered = outbound.Count(Reached),
            Failed = outbound.Count(m => m.Status == "failed"),
            Currency = currency,
            MessageMicros = CostOf(s => s == "message"),
            // Model calls are their own ledger (model_calls); a "model" cost entry would count them twice.
            ModelMicros = tiers.Where(t => t.Currency == currency).Sum(t => t.AmountMicros),
            ComputeMicros = CostOf(s => s is not "message" and not "model"),
            Days = days,
            Channels = messages.GroupBy(m => m.Channel).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new ChannelFigures(g.Key,
                g.Count(m => m.Direction == "in"), g.Count(m => m.Direction == "out"),
                g.Count(m => m.Direction == "out" && Reached(m)), g.Count(m => m.Direction == "out" && m.Status == "failed"))).ToList(),
            Tiers = tiers.GroupBy(t => t.Tier).OrderBy(g => TierOrder(g.Key)).Select(g => new TierFigures(g.Key, (int)g.Sum(t => t.Calls),
                g.Sum(t => t.InputTokens), g.Sum(t => t.OutputTokens), g.Where(t => t.Currency == currency).Sum(t => t.AmountMicros))).ToList(),
            Intents = intents.Select(IntentOf).GroupBy(i => i).Select(g => new NamedCount(g.Key, g.Count()))
                .OrderByDescending(i => i.Count).ThenBy(i => i.Name, StringComparer.Ordinal).ToList(),
            Chains = endings,
            Reservations = reservations,
        };
    }

    /// <summary>Delivered or read; on Telegram, whose bots get no receipts, an accepted send is as far as it goes.</summary>
    private static bool Reached(MessageRow m) => m.Status is "delivered" or "read" || (m.Status == "sent" && m.Channel == "telegram");

    private static int TierOrder(string tier) => tier switch { "offline" => 0, "fast" => 1, "smart" => 2, _ => 3 };

    private static string IntentOf(string payload)
    {
        using var json = JsonDocument.Parse(payload);
        return json.RootElement.TryGetProperty("understanding", out var u) && u.TryGetProperty("intent", out var i) && i.GetString() is { } intent
            ? intent : "other";
    }

    private sealed class MessageRow
    {
        public string Direction { get; set; } = "";
        public string Channel { get; set; } = "";
        public string Address { get; set; } = "";
        public string Status { get; set; } = "";
        public long CreatedAt { get; set; }
    }

    private sealed class ReplyRow
    {
        public long InAt { get; set; }
        public long SentAt { get; set; }
    }

    private sealed class SumRow
    {
        public string Name { get; set; } = "";
        public string Currency { get; set; } = "";
        public long Micros { get; set; }
    }

    private sealed class ChainRowLite
    {
        public long Id { get; set; }
        public string State { get; set; } = "";
        public string? Outcome { get; set; }
    }

    private sealed class NoticeRow
    {
        public long ChainId { get; set; }
        public long Step { get; set; }
        public string? Channel { get; set; }
    }
}
