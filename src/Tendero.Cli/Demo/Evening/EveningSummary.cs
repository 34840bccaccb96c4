using System.Globalization;
using System.Text.Json;
using Dapper;
using Spectre.Console;
using Tendero.Simulator;
using Tendero.Storage;

namespace Tendero.Cli.Demo.Evening;

/// <summary>
/// What happened in the evening, as the ledger and the kitchen printer saw it: bookings by how they ended, alternatives
/// offered, handoffs, tickets printed (and how long the printer was out of paper), and the reminders' chains.
/// </summary>
internal static class EveningSummary
{
    private sealed class CountRow
    {
        public string Key { get; set; } = "";
        public long Count { get; set; }
    }

    public static async Task PrintAsync(IDatabase database, ProviderSimulator simulator, EveningPlayed played, string businessId, CancellationToken ct)
    {
        var bookings = await BookingsAsync(database, businessId, ct);
        var jobs = await CountAsync(database, "SELECT state AS Key, COUNT(*) AS Count FROM print_jobs WHERE business_id = @businessId GROUP BY state", businessId, ct);
        var reminders = await CountAsync(database,
            "SELECT COALESCE(outcome, state) AS Key, COUNT(*) AS Count FROM chains WHERE business_id = @businessId AND policy = 'reservation-reminder' GROUP BY COALESCE(outcome, state)",
            businessId, ct);
        var handoffs = await CountAsync(database, "SELECT topic AS Key, COUNT(*) AS Count FROM events WHERE business_id = @businessId AND topic = 'handoff.requested' GROUP BY topic", businessId, ct);

        var table = new Table().Title("The evening at La Fonda").AddColumns("what", "how many");
        table.AddRow("bookings made by customers", N(bookings.Values.Sum()));
        foreach (var (status, count) in bookings.OrderBy(b => b.Key, StringComparer.Ordinal))
        {
            table.AddRow($"  … now {status}", N(count));
        }
        table.AddRow("alternatives offered for a full slot (and taken)", N(played.AlternativesOffered));
        table.AddRow("conversations handed to staff", N(handoffs.Sum(h => h.Count)));
        table.AddRow("kitchen tickets printed", N(simulator.Printer.Tickets.Count));
        foreach (var job in jobs.Where(j => j.Key != "printed"))
        {
            table.AddRow($"  … tickets still {job.Key}", N(job.Count));
        }
        if (played.Reminders is { } answered)
        {
            table.AddRow("reminders confirmed / cancelled with a tap", $"{N(answered.Confirmed)} / {N(answered.Cancelled)}");
            table.AddRow("reminder never read: the chain's SMS reached the guest", answered.SilentReachedBySms ? "yes" : "[red]no[/]");
            if (answered.NotReceived > 0)
            {
                table.AddRow("[red]reminders that never reached their guest[/]", N(answered.NotReceived));
            }
        }
        foreach (var reminder in reminders)
        {
            table.AddRow($"reminder chains ended {reminder.Key}", N(reminder.Count));
        }
        AnsiConsole.Write(table);
    }

    /// <summary>Each booking the customers made, by its latest status (the last <c>reservation.confirmed</c> of each).</summary>
    private static async Task<Dictionary<string, long>> BookingsAsync(IDatabase database, string businessId, CancellationToken ct)
    {
        var payloads = await database.ReadAsync(async c => (await c.QueryAsync<string>(new CommandDefinition(
            "SELECT payload FROM events WHERE business_id = @businessId AND topic = 'reservation.confirmed' ORDER BY id",
            new { businessId }, cancellationToken: ct))).ToList(), ct);
        var latest = new Dictionary<string, string>();
        foreach (var payload in payloads)
        {
            using var json = JsonDocument.Parse(payload);
            var root = json.RootElement;
            if (root.TryGetProperty("reservation_id", out var id) && root.TryGetProperty("status", out var status))
            {
                latest[id.ToString()] = status.GetString() ?? "?";
            }
        }
        return latest.GroupBy(l => l.Value).ToDictionary(g => g.Key, g => (long)g.Count());
    }

    private static Task<List<CountRow>> CountAsync(IDatabase database, string sql, string businessId, CancellationToken ct) =>
        database.ReadAsync(async c => (await c.QueryAsync<CountRow>(new CommandDefinition(sql, new { businessId }, cancellationToken: ct))).ToList(), ct);

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
