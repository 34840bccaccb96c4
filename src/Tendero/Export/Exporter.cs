using Tendero.Storage;

namespace Tendero.Export;

/// <summary>What one export asks for.</summary>
/// <param name="Zone">The business's time zone: times are shown with its offset, and xlsx dates in its local time.</param>
/// <param name="IncludeGlobal">Also tables that belong to no business (cursors): the exit kit takes them, a business export does not.</param>
/// <param name="WorkbookName">The xlsx file's name (without extension).</param>
public sealed record ExportRequest(RowFilter Filter, IReadOnlyList<ExportFormat> Formats, string Folder, TimeZoneInfo Zone, bool IncludeGlobal = false, string WorkbookName = "export")
{
    /// <summary>Also the views made for people (<see cref="ExportViews"/>); the exit kit leaves them out, as import restores tables.</summary>
    public bool WithViews { get; init; } = true;
}

/// <summary>One table written: its row count and the files (relative to the export folder) that hold it.</summary>
public sealed record ExportedTable(TableInfo Table, IReadOnlyList<ColumnInfo> Columns, long Rows, IReadOnlyList<string> Files);

/// <summary>
/// Writes every table of the database (found at run time, see <see cref="TableCatalog"/>) in the asked formats:
/// <c>&lt;table&gt;.csv</c>, <c>&lt;table&gt;.jsonl</c> and one <c>&lt;name&gt;.xlsx</c> with a sheet per table. Each table is
/// read once and streamed to every format, so memory stays flat however large the tables are.
/// </summary>
public static class Exporter
{
    public static async Task<ExportResult> RunAsync(
        IDatabase database, ExportRequest request, IProgress<ExportProgress>? progress, CancellationToken ct)
    {
        Directory.CreateDirectory(request.Folder);
        var tables = (await TableCatalog.ReadAsync(database, ct))
            .Where(t => request.IncludeGlobal || request.Filter.BusinessId is null || !t.Scope.IsGlobal)
            .ToList();
        if (request.WithViews)
        {
            tables.AddRange(ExportViews.For(tables));
        }
        var workbookFile = request.WorkbookName + ".xlsx";
        using var workbook = request.Formats.Contains(ExportFormat.Xlsx)
            ? new XlsxExportWriter(Path.Combine(request.Folder, workbookFile), request.Zone)
            : null;
        var done = new List<ExportedTable>();
        foreach (var (table, index) in tables.Select((t, i) => (t, i)))
        {
            progress?.Report(new ExportProgress(table.Name, index, tables.Count));
            var columns = request.Filter.ColumnsOf(table);
            var files = new List<string>();
            using var csv = request.Formats.Contains(ExportFormat.Csv) ? new CsvTableWriter(Path.Combine(request.Folder, Add(files, table.Name + ".csv")), columns, request.Zone) : null;
            using var json = request.Formats.Contains(ExportFormat.Json) ? new JsonlTableWriter(Path.Combine(request.Folder, Add(files, table.Name + ".jsonl")), columns, request.Zone) : null;
            workbook?.BeginSheet(table.Name, columns);
            var rows = await TableRows.ReadAsync(database, table, request.Filter, row =>
            {
                csv?.Write(row);
                json?.Write(row);
                workbook?.Write(row);
            }, ct);
            workbook?.EndSheet();
            done.Add(new ExportedTable(table, columns, rows, files));
        }
        progress?.Report(new ExportProgress("", tables.Count, tables.Count));
        return new ExportResult(done, workbook is null ? null : workbookFile);
    }

    private static string Add(List<string> files, string name)
    {
        files.Add(name);
        return name;
    }
}

/// <summary>The tables written, and the workbook's file name when xlsx was asked for.</summary>
public sealed record ExportResult(IReadOnlyList<ExportedTable> Tables, string? Workbook)
{
    public long Rows => Tables.Sum(t => t.Rows);
}

/// <summary>Where an export stands: the table being written and how many are done.</summary>
public sealed record ExportProgress(string Table, int Done, int Total);
