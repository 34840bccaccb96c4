using System.CommandLine;
using Tendero.Connectors.Excel;

namespace Tendero.Cli.Excel;

/// <summary>
/// <c>tendero excel read FILE|FOLDER --out rows.csv [--map mapping.yaml]</c>: one workbook, or a folder of them (monthly
/// files, in name order), read into one CSV with canonical columns. Reports on stderr the mapping used per table, every
/// row it skipped and why, and a summary.
/// </summary>
internal static class ExcelReadCommand
{
    public static Command Create(ExcelConsole io)
    {
        var input = new Argument<string>("input") { Description = "A workbook, or a folder of workbooks (.xlsx, .xlsm, .xls) read in name order" };
        var output = new Option<string?>("--out") { Description = "The CSV to write (UTF-8 with BOM)" };
        var map = new Option<string?>("--map") { Description = "A YAML file of canonical columns and their header spellings (columns:, required:)" };
        var sheet = new Option<string?>("--sheet") { Description = "Only read sheets with this name" };
        var dateOrder = ExcelArguments.DateOrderOption();
        var command = new Command("read", "Normalise one workbook or a folder of workbooks into one CSV, mapping drifting headers to canonical columns")
        {
            input, output, map, sheet, dateOrder,
        };
        command.SetAction(result =>
        {
            if (ExcelArguments.ParseDateOrder(result.GetValue(dateOrder)) is not { } order)
            {
                return io.Fail(ExcelArguments.DateOrderError);
            }
            if (result.GetValue(output) is not { Length: > 0 } outPath)
            {
                return io.Fail("--out is required: the CSV to write, for example --out rows.csv");
            }
            var outFolder = Path.GetDirectoryName(Path.GetFullPath(outPath));
            if (outFolder is null || !Directory.Exists(outFolder))
            {
                return io.Fail($"the folder for --out ({outFolder}) does not exist");
            }
            ColumnMap? columnMap = null;
            if (result.GetValue(map) is { Length: > 0 } mapPath)
            {
                try
                {
                    columnMap = ColumnMap.Load(mapPath);
                }
                catch (ColumnMapException e)
                {
                    return io.Fail(e.Message);
                }
            }
            var path = result.GetValue(input)!;
            var files = Directory.Exists(path) ? Workbooks(path) : [path];
            if (files.Count == 0)
            {
                return io.Fail($"{path} holds no workbooks (.xlsx, .xlsm, .xls)");
            }
            var run = new ExcelReadRun(io, columnMap, result.GetValue(sheet), new ExcelReadOptions { DateOrder = order });
            return run.Execute(files, outPath, single: !Directory.Exists(path));
        });
        return command;
    }

    // Excel leaves "~$name.xlsx" owner files beside an open workbook; they are locks, not workbooks.
    private static List<string> Workbooks(string folder) =>
        Directory.EnumerateFiles(folder)
            .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".xlsx" or ".xlsm" or ".xls" && !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
}
