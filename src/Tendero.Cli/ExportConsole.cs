using System.Globalization;
using Spectre.Console;
using Tendero.Export;

namespace Tendero.Cli;

/// <summary>
/// Where <c>export</c>, <c>exit-kit</c>, <c>import</c> and <c>backup</c> write: results to one console, refusals to the
/// other (stderr), and a progress bar over the tables on a terminal.
/// </summary>
internal sealed class ExportConsole(IAnsiConsole output, IAnsiConsole errors)
{
    public static ExportConsole Create(IAnsiConsole? output, IAnsiConsole? errors) =>
        new(output ?? AnsiConsole.Console, errors ?? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }));

    public void Say(string text) => output.WriteLine(text);

    public void Error(string text) => errors.MarkupLine($"[red]{Markup.Escape(text)}[/]");

    /// <summary>Runs <paramref name="work"/> under a progress bar (one step per table) when the console is interactive.</summary>
    public async Task<T> WithProgressAsync<T>(string title, Func<IProgress<ExportProgress>?, Task<T>> work)
    {
        if (!output.Profile.Capabilities.Interactive)
        {
            return await work(null);
        }
        return await output.Progress().AutoClear(true).StartAsync(async context =>
        {
            var task = context.AddTask(title);
            var progress = new Progress<ExportProgress>(p =>
            {
                task.MaxValue = Math.Max(1, p.Total);
                task.Value = p.Done;
                task.Description = p.Table.Length > 0 ? $"{title}: {p.Table}" : title;
            });
            return await work(progress);
        });
    }

    public void Tables(IEnumerable<(string Table, string Rows)> rows, string rowsHeader = "rows")
    {
        var table = new Table().AddColumn("table").AddColumn(new TableColumn(rowsHeader).RightAligned());
        foreach (var (name, count) in rows)
        {
            table.AddRow(Markup.Escape(name), Markup.Escape(count));
        }
        output.Write(table);
    }

    /// <summary>
    /// Reads --since/--until: a date (<c>2026-11-01</c>, the business's local day: --since from its start, --until to its
    /// end) or a time with an offset (<c>2026-11-01T08:00:00-05:00</c>). Null when not given.
    /// </summary>
    public static long? ParseBound(string? text, TimeZoneInfo zone, bool isUntil, string flag)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var local = (isUntil ? day.AddDays(1) : day).ToDateTime(TimeOnly.MinValue);
            return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUnixTimeMilliseconds();
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) && HasOffset(text))
        {
            return time.ToUnixTimeMilliseconds();
        }
        throw new ExportException($"{flag} '{text}' is not a date such as 2026-11-01 or a time with its offset such as 2026-11-01T08:00:00-05:00.");
    }

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
}
