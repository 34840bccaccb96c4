using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Tendero.Export;
using Tendero.Storage;

namespace Tendero.Cli;

/// <summary>
/// <c>tendero export --business ID --format csv|json|xlsx [--since] [--until] --out DIR</c>: every table of the business
/// (found from the schema, so new tables come along by themselves) in open formats. See <see cref="Exporter"/>.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(IAnsiConsole? output = null, IAnsiConsole? errors = null)
    {
        var io = ExportConsole.Create(output, errors);
        var common = new CommonOptions();
        var business = new Option<string>("--business") { Description = "The business to export (its file name in --businesses)", Required = true };
        var format = new Option<string[]>("--format")
        {
            Description = "csv, json (JSON Lines) or xlsx; repeat or separate with commas for several",
            DefaultValueFactory = _ => ["csv"],
            AllowMultipleArgumentsPerToken = true,
        };
        var since = new Option<string?>("--since") { Description = "Only rows from this date (2026-11-01, the business's local day) or time with offset" };
        var until = new Option<string?>("--until") { Description = "Only rows up to this date (inclusive) or before this time with offset" };
        var folder = new Option<string>("--out") { Description = "The folder to write into (made if missing)", Required = true };
        var command = new Command("export", "Export a business's data (conversations, messages, deliveries, chains, costs, every solution's records) as CSV, JSON Lines or xlsx")
        {
            business, format, since, until, folder, common.Db, common.Businesses,
        };
        command.SetAction(async (result, ct) =>
        {
            try
            {
                var formats = new List<ExportFormat>();
                foreach (var name in result.GetValue(format)!.SelectMany(f => f.Split(',', StringSplitOptions.RemoveEmptyEntries)))
                {
                    formats.Add(ExportFormats.TryParse(name, out var f) ? f : throw new ExportException($"--format '{name}' is not csv, json or xlsx."));
                }
                var files = BusinessFiles.Find(CommonOptions.ResolveBusinesses(result.GetValue(common.Businesses)!), result.GetValue(business)!);
                var from = ExportConsole.ParseBound(result.GetValue(since), files.Zone, isUntil: false, "--since");
                var to = ExportConsole.ParseBound(result.GetValue(until), files.Zone, isUntil: true, "--until");
                if (from >= to)
                {
                    throw new ExportException("--since must come before --until.");
                }
                await using var database = await DatabaseFactory.OpenAsync(result.GetValue(common.Db)!, ct);
                var request = new ExportRequest(new RowFilter(files.Id, from, to), formats.Distinct().ToList(), result.GetValue(folder)!, files.Zone, WorkbookName: files.Id);
                var export = await io.WithProgressAsync("Exporting", p => Exporter.RunAsync(database, request, p, ct));
                io.Tables(export.Tables.Select(t => (t.Table.Name, t.Rows.ToString("N0", CultureInfo.InvariantCulture))));
                io.Say($"{export.Rows.ToString("N0", CultureInfo.InvariantCulture)} rows from {export.Tables.Count} tables written to {Path.GetFullPath(request.Folder)} ({string.Join(", ", request.Formats.Select(f => f.Name()))}).");
                return 0;
            }
            catch (ExportException e)
            {
                io.Error(e.Message);
                return 1;
            }
        });
        return command;
    }
}
