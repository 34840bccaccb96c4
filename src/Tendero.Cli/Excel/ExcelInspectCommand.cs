using System.CommandLine;
using System.Text.Json;
using Tendero.Connectors.Excel;

namespace Tendero.Cli.Excel;

/// <summary><c>tendero excel inspect FILE</c>: the sheets, the tables found on them, their columns and types, and a few normalised rows, as JSON.</summary>
internal static class ExcelInspectCommand
{
    public static Command Create(ExcelConsole io)
    {
        var file = new Argument<string>("file") { Description = "The workbook (.xlsx, .xlsm or .xls)" };
        var dateOrder = ExcelArguments.DateOrderOption();
        var command = new Command("inspect", "Show the tables found in a workbook: header row, columns and their types, footers, sample rows (JSON)") { file, dateOrder };
        command.SetAction(result =>
        {
            if (ExcelArguments.ParseDateOrder(result.GetValue(dateOrder)) is not { } order)
            {
                return io.Fail(ExcelArguments.DateOrderError);
            }
            switch (WorkbookReader.Read(result.GetValue(file)!, new ExcelReadOptions { DateOrder = order }))
            {
                case WorkbookLoad.Loaded loaded:
                    io.Out.WriteLine(JsonSerializer.Serialize(InspectReport.From(loaded.Workbook), InspectJson.Readable.InspectReport));
                    return ExcelConsole.Ran;
                case WorkbookLoad.Failed failed:
                    return io.Fail(failed.Reason);
                default:
                    throw new InvalidOperationException("unknown workbook load result");
            }
        });
        return command;
    }
}
