using Spectre.Console;

namespace Tendero.Cli.Demo;

/// <summary>Prints the demo's outcome: messages per channel, direction and status, failures with reasons, and anything lost.</summary>
internal static class DemoSummary
{
    /// <returns>How many messages were lost: refused or unstored inbound, unanswered inbound, and replies that never settled.</returns>
    public static async Task<long> PrintAsync(DemoCounts counts, BurstResult burst, bool settled, CancellationToken ct)
    {
        var table = new Table().Title("Messages").AddColumns("channel", "direction", "status", "count");
        foreach (var row in await counts.ByStatusAsync(ct))
        {
            table.AddRow(row.Channel, row.Direction == "in" ? "inbound" : "outbound", row.Status, row.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        AnsiConsole.Write(table);

        var failures = await counts.FailuresAsync(ct);
        if (failures.Count > 0)
        {
            var failed = new Table().Title("Failures").AddColumns("channel", "code", "reason", "count");
            foreach (var f in failures)
            {
                failed.AddRow(f.Channel, f.Code ?? "", Markup.Escape(f.Reason ?? ""), f.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            AnsiConsole.Write(failed);
        }

        var progress = await counts.ProgressAsync(ct);
        // Staff answering alerts (a button, a keypress) add inbound messages of their own, so only a shortfall counts.
        var lost = Math.Max(0, burst.Scripted - progress.Inbound) + progress.Unanswered + (progress.Replies - progress.Settled);
        AnsiConsole.MarkupLine($"Customers wrote [bold]{burst.Scripted}[/] messages; {progress.Inbound} were stored. {progress.Replies} messages went out "
            + $"and {progress.Settled} reached a final status; {progress.Retried} needed more than one attempt (the providers' errors were retried).");
        foreach (var refusal in burst.Refused)
        {
            AnsiConsole.MarkupLine($"[red]Refused:[/] {Markup.Escape(refusal)}");
        }
        AnsiConsole.MarkupLine(lost == 0 && settled ? "[green]Nothing was lost.[/]" : $"[red]{lost} messages were lost or did not settle in time.[/]");
        return lost;
    }
}
