using System.Globalization;
using Spectre.Console;
using Tendero.Storage;

namespace Tendero.Cli;

/// <summary>Where <c>tendero chains</c> writes: tables and confirmations to one console, refusals to the other (stderr).</summary>
internal sealed class ChainsConsole(IAnsiConsole output, IAnsiConsole errors)
{
    public void Say(string text) => output.WriteLine(text);

    public void Error(string text) => errors.MarkupLine($"[red]{Markup.Escape(text)}[/]");

    /// <summary>A page of chains as a table, and how to get the next page when it is full.</summary>
    public void Print(IReadOnlyList<ChainRow> rows, int limit, string? business, string? state)
    {
        if (rows.Count == 0)
        {
            output.WriteLine("No chains.");
            return;
        }
        var table = new Table().Title("Chains")
            .AddColumns(new[] { "id", "business", "policy", "to", "critical", "state", "outcome", "step", "next at" }.Select(h => new TableColumn(h).NoWrap()).ToArray());
        foreach (var r in rows)
        {
            table.AddRow(Cells(Id(r.Id), r.BusinessId, r.Policy, r.PersonId, r.IsCritical ? "yes" : "no", r.State, r.Outcome ?? "",
                r.Step.ToString(CultureInfo.InvariantCulture), r.State == "active" ? Time(r.NextAt) : ""));
        }
        output.Write(table);
        if (rows.Count == limit)
        {
            var filters = (business is null ? "" : $" --business {business}") + (state is null ? "" : $" --state {state}");
            output.WriteLine($"There may be more: tendero chains{filters} --after {Id(rows[^1].Id)}");
        }
        output.WriteLine("See one with `tendero chains show ID`, stop one with `tendero chains cancel ID`.");
    }

    /// <summary>One chain: what it is and where it stands, then every step it took.</summary>
    public void Print(ChainRow chain, IReadOnlyList<ChainEventRow> events)
    {
        var about = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        foreach (var (name, value) in new[]
        {
            ("chain", Id(chain.Id)), ("business", chain.BusinessId), ("policy", chain.Policy), ("to", chain.PersonId),
            ("critical", chain.IsCritical ? "yes" : "no"), ("text", chain.Text), ("state", chain.State), ("outcome", chain.Outcome ?? ""),
            ("step", chain.Step.ToString(CultureInfo.InvariantCulture)), ("waiting for", chain.WaitingFor ?? ""),
            ("wait ends at", Time(chain.WaitEndsAt)), ("next at", chain.State == "active" ? Time(chain.NextAt) : ""),
            ("created at", Time(chain.CreatedAt)), ("ended at", Time(chain.EndedAt)),
        })
        {
            about.AddRow(Cells(name, value));
        }
        output.Write(about);
        if (events.Count == 0)
        {
            output.WriteLine("No steps yet: a running server takes the chain within a second.");
            return;
        }
        // Only the detail wraps: steps, times and ids stay whole so they can be copied.
        var history = new Table().Title("History")
            .AddColumns(new[] { "step", "kind", "channel", "outcome" }.Select(h => new TableColumn(h).NoWrap()).ToArray())
            .AddColumn("detail")
            .AddColumns(new[] { "at", "message" }.Select(h => new TableColumn(h).NoWrap()).ToArray());
        foreach (var e in events)
        {
            history.AddRow(Cells(e.Step.ToString(CultureInfo.InvariantCulture), e.Kind, e.Channel ?? "", e.Outcome, e.Detail ?? "", Time(e.At),
                e.MessageId is { } m ? Id(m) : ""));
        }
        output.Write(history);
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    // ISO 8601 with the offset, as the API writes times, so a time copied from here means the same thing there.
    private static string Time(long? ms) =>
        ms is { } value ? Clock.At(value).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : "";

    // Texts and details come from people and providers and may hold [brackets], which Spectre would read as markup.
    private static string[] Cells(params string[] values) => values.Select(Markup.Escape).ToArray();
}
