using System.Globalization;
using Spectre.Console;
using Tendero.Storage;

namespace Tendero.Cli;

/// <summary>Where <c>tendero dead</c> writes: the table and confirmations to one console, refusals to the other (stderr).</summary>
internal sealed class DeadConsole(IAnsiConsole output, IAnsiConsole errors)
{
    public void Say(string text) => output.WriteLine(text);

    public void Error(string text) => errors.MarkupLine($"[red]{Markup.Escape(text)}[/]");

    /// <summary>The page as a table, and how to get the next page when it is full.</summary>
    public void Print(IReadOnlyList<DeadLetter> rows, int limit)
    {
        if (rows.Count == 0)
        {
            output.WriteLine("No dead messages.");
            return;
        }
        // Only the reason wraps: ids, numbers and times stay whole so they can be copied.
        var table = new Table().Title("Dead messages")
            .AddColumns(new[] { "id", "business", "channel", "to", "failed at", "code" }.Select(h => new TableColumn(h).NoWrap()).ToArray())
            .AddColumn("reason");
        foreach (var r in rows)
        {
            var failedAt = r.FailedAt is { } ms ? Clock.At(ms).ToString("u", CultureInfo.InvariantCulture) : "";
            table.AddRow(Cells(r.Id.ToString(CultureInfo.InvariantCulture), r.BusinessId, r.Channel, r.Address, failedAt, r.ErrorCode ?? "", r.ErrorReason ?? ""));
        }
        output.Write(table);
        if (rows.Count == limit)
        {
            output.WriteLine($"There may be more: tendero dead --after {rows[^1].Id.ToString(CultureInfo.InvariantCulture)}");
        }
        output.WriteLine("Retry one with `tendero dead retry ID`, or all with `tendero dead retry --all`.");
    }

    // Reasons come from providers and may hold [brackets], which Spectre would read as markup.
    private static string[] Cells(params string[] values) => values.Select(Markup.Escape).ToArray();
}
