using Dapper;
using Spectre.Console;
using Tendero.Core;
using Tendero.Storage;

namespace Tendero.Cli.Demo.Evening;

/// <summary>
/// The evening's cost next to the seed's figures for this restaurant: about 300 messages a day, Groq $0.40 and Claude
/// $2.10 a day, $15 a month of compute, about $95 a month in all. A month here is 30 such days plus the same compute.
/// </summary>
internal static class EveningCost
{
    private const string Currency = "USD";
    private static readonly Money SeedFast = Usd(400_000), SeedSmart = Usd(2_100_000), Compute = Usd(15_000_000), SeedMonth = Usd(95_000_000);

    private static Money Usd(long micros) => new(micros, Currency);

    public static async Task PrintAsync(IDatabase database, ModelCallStore calls, string businessId, CancellationToken ct)
    {
        var totals = await calls.TotalsAsync(businessId, DateTimeOffset.UnixEpoch, DateTimeOffset.MaxValue.AddDays(-1), ct);
        if (totals.Any(t => t.Currency != Currency))
        {
            return; // the comparison is in the seed's dollars; another currency has no honest line here
        }
        Money Tier(string tier) => Usd(totals.Where(t => t.Tier == tier).Sum(t => t.AmountMicros));
        var messages = Usd(await database.ReadAsync(c => c.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COALESCE(SUM(amount_micros), 0) FROM costs WHERE business_id = @businessId AND currency = 'USD'", new { businessId }, cancellationToken: ct)), ct));
        var fast = Tier("fast");
        var smart = Tier("smart");
        var month = fast.Plus(smart).Plus(messages).Times(30).Plus(Compute);

        var table = new Table().Title("Cost of the day, next to the seed's figures").AddColumns("", "this evening", "the seed");
        table.AddRow("fast tier (Groq)", fast.Format(), SeedFast.Format() + " a day");
        table.AddRow("smart tier (Claude)", smart.Format(), SeedSmart.Format() + " a day");
        table.AddRow("messages (WhatsApp templates, SMS)", messages.Format(), "not counted");
        table.AddRow("a month: 30 such days + compute", month.Format(), SeedMonth.Format() + " (with " + Compute.Format() + " compute)");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine("[grey]The fast and smart tiers are the simulator's fakes, priced at the configured rates: the figures measure routing and token use, not a real model.[/]");
    }
}
