using System.Globalization;
using Tendero.Connectors.Excel;

namespace Tendero.Cli.Excel;

/// <summary>One run of <c>tendero excel read</c>: reads each file, reports as it goes, then writes the CSV.</summary>
internal sealed class ExcelReadRun(ExcelConsole io, ColumnMap? map, string? sheetName, ExcelReadOptions options)
{
    private readonly List<SourcedRow> rows = [];
    private readonly List<string> columns = [.. map?.Columns ?? []];
    private int skipped;
    private int unreadable;

    public int Execute(IReadOnlyList<string> files, string outPath, bool single)
    {
        for (var i = 0; i < files.Count; i++)
        {
            var name = Path.GetFileName(files[i]);
            io.Say($"[{i + 1}/{files.Count}] {name}");
            switch (WorkbookReader.Read(files[i], options))
            {
                case WorkbookLoad.Loaded loaded:
                    ReadWorkbook(name, loaded.Workbook);
                    break;
                case WorkbookLoad.Failed failed when single:
                    return io.Fail(failed.Reason);
                case WorkbookLoad.Failed failed:
                    unreadable++;
                    io.Say($"  skipped: {failed.Reason}");
                    break;
            }
        }
        if (unreadable == files.Count)
        {
            return io.Fail("no workbook could be read; nothing written");
        }
        try
        {
            NormalisedCsvWriter.Write(outPath, columns, rows);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return io.Fail($"cannot write {outPath}: {e.Message}");
        }
        io.Say($"summary: {Count(files.Count)} files, {Count(rows.Count)} rows read, {Count(skipped)} rows skipped, {Count(unreadable)} files unreadable");
        io.Out.WriteLine($"wrote {Count(rows.Count)} rows to {outPath}");
        return ExcelConsole.Ran;
    }

    private void ReadWorkbook(string file, Workbook workbook)
    {
        var sheets = workbook.Sheets.Where(s => sheetName is null || string.Equals(s.Name.Trim(), sheetName.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        if (sheets.Count == 0)
        {
            io.Say($"  no sheet named {sheetName} (it has: {string.Join(", ", workbook.Sheets.Select(s => s.Name))})");
        }
        foreach (var sheet in sheets)
        {
            foreach (var warning in sheet.Warnings)
            {
                io.Say($"  {file} {sheet.Name}: {warning}");
            }
            foreach (var table in sheet.Tables)
            {
                ReadTable(file, sheet.Name, table);
            }
        }
    }

    private void ReadTable(string file, string sheet, DetectedTable table)
    {
        var reading = TableNormaliser.Read(table, map);
        io.Say($"  mapping {file} {sheet} {table.Range}:");
        foreach (var b in reading.Bindings)
        {
            io.Say($"    \"{b.Header}\" ({b.SourceColumn}) -> {b.Canonical ?? "(not used: " + b.Note + ")"}");
        }
        if (reading.Skipped is not null)
        {
            io.Say($"  {file} {sheet} {table.Range}: table skipped, {reading.Skipped}");
            return;
        }
        foreach (var problem in reading.Problems)
        {
            io.Say($"  {file} {sheet} row {Count(problem.Row)}: {problem.Reason}");
        }
        skipped += reading.Problems.Count;
        foreach (var b in reading.Bindings.Where(b => b.Canonical is not null && !columns.Contains(b.Canonical)))
        {
            columns.Add(b.Canonical!);
        }
        rows.AddRange(reading.Rows.Select(r => new SourcedRow(file, sheet, r)));
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
