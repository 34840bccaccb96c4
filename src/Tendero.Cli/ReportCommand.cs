using System.CommandLine;
using Tendero.Config;
using Tendero.Reports;
using Tendero.Storage;

namespace Tendero.Cli;

/// <summary><c>tendero report --business ID --month 2026-11 --out report.pdf</c>: the owner's monthly PDF, from the database.</summary>
internal static class ReportCommand
{
    public static Command Create(TextWriter? output = null, TextWriter? errors = null)
    {
        var common = new CommonOptions();
        var business = new Option<string>("--business") { Description = "The business (its file name in --businesses)", Required = true };
        var month = new Option<string>("--month") { Description = "The month, YYYY-MM (in the business's time zone)", Required = true };
        var outPath = new Option<string?>("--out") { Description = "Where to write the PDF (default report-<business>-<month>.pdf)" };
        var command = new Command("report", "Write the monthly report for a business's owner as a PDF") { business, month, outPath };
        common.AddTo(command, withUrls: false, withSimulate: false);
        command.SetAction(async (result, ct) =>
        {
            var (say, complain) = (output ?? Console.Out, errors ?? Console.Error);
            if (!ReportMonth.TryParse(result.GetValue(month), out var period))
            {
                await complain.WriteLineAsync($"tendero report: '{result.GetValue(month)}' is not a month: write it as YYYY-MM, for example 2026-11.");
                return 2;
            }
            var id = result.GetValue(business)!;
            var dir = CommonOptions.ResolveBusinesses(result.GetValue(common.Businesses)!);
            var path = Path.Combine(dir, id + ".yaml");
            try
            {
                if (!File.Exists(path))
                {
                    var known = Directory.Exists(dir) ? Directory.GetFiles(dir, "*.yaml").Select(Path.GetFileNameWithoutExtension).Order().ToList() : [];
                    await complain.WriteLineAsync($"tendero report: there is no business '{id}' in {dir} (the businesses are: {string.Join(", ", known)}).");
                    return 2;
                }
                // A report sends nothing, so unset channel secrets may take their demo values.
                var config = BusinessLoader.LoadFile(path, Secrets.FromProcess(allowDemoDefaults: true), null);
                var file = result.GetValue(outPath) ?? $"report-{id}-{period}.pdf";
                await using var database = await DatabaseFactory.OpenAsync(result.GetValue(common.Db)!, ct);
                var figures = await new MonthlyReport(database, TimeProvider.System).WriteFileAsync(config, period, file, ct);
                await say.WriteLineAsync($"Wrote {file}: {config.Name}, {period}, {figures.Messages} messages, {figures.Customers} customers.");
                return 0;
            }
            catch (BusinessConfigException e)
            {
                await complain.WriteLineAsync("tendero report: " + e.Message);
                return 2;
            }
        });
        return command;
    }
}
