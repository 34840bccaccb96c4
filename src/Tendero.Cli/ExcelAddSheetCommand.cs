using System.CommandLine;
using Tendero.Connectors.Excel;

namespace Tendero.Cli;

/// <summary>
/// <c>tendero excel add-sheet FILE --name NAME --from rows.csv [--like SHEET]</c>: a CSV into a new sheet of an .xlsx,
/// leaving the rest of the workbook as it was (see <see cref="SheetAdder"/>). The parent <c>excel</c> command adds it.
/// </summary>
internal static class ExcelAddSheetCommand
{
    public static Command Create() => Create(Console.Out, Console.Error, TimeProvider.System);

    internal static Command Create(TextWriter output, TextWriter errors, TimeProvider time)
    {
        var file = new Argument<string>("file") { Description = "The .xlsx workbook to add the sheet to" };
        var name = new Option<string>("--name") { Description = "The new sheet's name (1-31 characters, none of [ ] : * ? / \\)", Required = true };
        var from = new Option<string>("--from") { Description = "The CSV file with a header row (delimiter and encoding are detected)", Required = true };
        var like = new Option<string?>("--like") { Description = "An existing sheet whose header style, column widths and number formats the new sheet copies" };
        var command = new Command("add-sheet", "Add a sheet from a CSV to an .xlsx without touching anything else in it") { file, name, from, like };
        command.SetAction(result =>
            Run(new AddSheetRequest(result.GetValue(file)!, result.GetValue(name)!, result.GetValue(from)!, result.GetValue(like)), output, errors, time));
        return command;
    }

    internal static int Run(AddSheetRequest request, TextWriter output, TextWriter errors, TimeProvider time)
    {
        switch (SheetAdder.Add(request, time))
        {
            case AddSheetOutcome.Added added:
                output.WriteLine($"Added sheet \"{added.Sheet}\" with {added.Rows} data row{(added.Rows == 1 ? "" : "s")} to {request.WorkbookPath}. Changed: {string.Join(", ", added.ChangedParts)}; every other part is as it was.");
                return 0;
            case AddSheetOutcome.Refused refused:
                errors.WriteLine(refused.Reason);
                return 1;
            default:
                throw new InvalidOperationException("Unknown outcome.");
        }
    }
}
