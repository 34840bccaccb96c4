using System.CommandLine;
using Tendero.Cli.Excel;

namespace Tendero.Cli;

/// <summary>
/// <c>tendero excel …</c>: owners' workbooks read as they are. Each subcommand lives in <c>Excel/</c> and is one line here.
/// Exit codes: 0 when the command ran, 2 for bad arguments or an unreadable input.
/// </summary>
internal static class ExcelCommand
{
    public static Command Create(TextWriter? output = null, TextWriter? errors = null)
    {
        var io = new ExcelConsole(output ?? Console.Out, errors ?? Console.Error);
        return new Command("excel", "Owners' Excel workbooks (.xlsx, .xls) as they are: find the tables, normalise dates and numbers, add a sheet")
        {
            ExcelInspectCommand.Create(io),
            ExcelReadCommand.Create(io),
            ExcelAddSheetCommand.Create(output ?? Console.Out, errors ?? Console.Error, TimeProvider.System),
        };
    }
}
