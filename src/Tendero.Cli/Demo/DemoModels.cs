using System.Globalization;
using System.Text.Json;
using Dapper;
using Spectre.Console;
using Tendero.Core;
using Tendero.Storage;

namespace Tendero.Cli.Demo;

/// <summary>
/// What the agents and the model tiers did in the demo: which tier read each customer message (the tier mix), the top
/// intents, handoffs and booking requests, and what the day cost in model calls and in messages.
/// </summary>
internal static class DemoModels
{
    public static async Task PrintAsync(IDatabase database, ModelCallStore calls, string businessId, CancellationToken ct)
    {
        var readings = await database.ReadAsync(async c => (await c.QueryAsync<string>(new CommandDefinition(
            "SELECT payload FROM events WHERE business_id = @businessId AND topic = 'intent.detected'", new { businessId }, cancellationToken: ct))).ToList(), ct);
        if (readings.Count == 0)
        {
            return; // no assistant: customers got the fixed auto reply
        }
        var parsed = readings.Select(p => JsonDocument.Parse(p).RootElement)
            .Select(r => (Tier: r.GetProperty("tier").GetString() ?? "?", Intent: r.GetProperty("understanding").GetProperty("intent").GetString() ?? "?")).ToList();
        var (handoffs, bookings) = await database.ReadAsync(async c => (
            await c.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM events WHERE business_id = @businessId AND topic = 'handoff.requested'", new { businessId }, cancellationToken: ct)),
            await c.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM events WHERE business_id = @businessId AND topic = 'reservation.requested'", new { businessId }, cancellationToken: ct))), ct);

        var totals = await calls.TotalsAsync(businessId, DateTimeOffset.UnixEpoch, DateTimeOffset.MaxValue.AddDays(-1), ct);
        var table = new Table().Title("Model tiers").AddColumns("tier", "messages read", "share", "calls", "not ok", "escalations in", "tokens in/out", "cost");
        foreach (var tier in new[] { "offline", "fast", "smart" })
        {
            var read = parsed.Count(p => p.Tier == tier);
            var total = totals.Where(t => t.Tier == tier).ToList();
            table.AddRow(tier, N(read), $"{100.0 * read / parsed.Count:0.0}%", N(total.Sum(t => t.Calls)), N(total.Sum(t => t.NotOk)),
                N(total.Sum(t => t.Escalated)), $"{N(total.Sum(t => t.InputTokens))} / {N(total.Sum(t => t.OutputTokens))}",
                string.Join(", ", total.GroupBy(t => t.Currency).Select(g => new Money(g.Sum(t => t.AmountMicros), g.Key).Format())));
        }
        AnsiConsole.Write(table);

        var modelCost = Sum(totals.Select(t => (t.Currency, t.AmountMicros)));
        var messageCost = Sum(await database.ReadAsync(async c => (await c.QueryAsync<(string, long)>(new CommandDefinition(
            "SELECT currency, SUM(amount_micros) FROM costs WHERE business_id = @businessId GROUP BY currency", new { businessId }, cancellationToken: ct))).ToList(), ct));
        var top = string.Join(", ", parsed.GroupBy(p => p.Intent).OrderByDescending(g => g.Count()).Take(5).Select(g => $"{g.Key} {g.Count()}"));
        AnsiConsole.MarkupLine($"The agents read [bold]{parsed.Count}[/] customer messages (top intents: {Markup.Escape(top)}); "
            + $"{handoffs} conversations were handed to staff and {bookings} confirmed requests (bookings, changes, cancels) went to the reservation book.");
        AnsiConsole.MarkupLine($"Cost of the day: models [bold]{modelCost}[/], messages [bold]{messageCost}[/].");
    }

    private static string Sum(IEnumerable<(string Currency, long Micros)> amounts)
    {
        var sums = amounts.GroupBy(a => a.Currency).Select(g => new Money(g.Sum(a => a.Micros), g.Key).Format()).ToList();
        return sums.Count == 0 ? "0" : string.Join(" + ", sums);
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
