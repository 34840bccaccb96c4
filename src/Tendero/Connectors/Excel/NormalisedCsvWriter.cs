using System.Globalization;
using System.Text;
using CsvHelper;
using Tendero.Connectors.Csv;

namespace Tendero.Connectors.Excel;

/// <summary>A row read from a workbook, with where it came from.</summary>
public sealed record SourcedRow(string File, string Sheet, NormalisedRow Row);

/// <summary>
/// Writes normalised rows as CSV: UTF-8 with a BOM (so Excel opens accents right), every field quoted (RFC 4180), text
/// guarded by <see cref="CellGuard"/>, numbers written as they are, and <c>source_file</c>, <c>source_sheet</c>,
/// <c>source_row</c> after the canonical columns.
/// </summary>
public static class NormalisedCsvWriter
{
    public static readonly IReadOnlyList<string> SourceColumns = ["source_file", "source_sheet", "source_row"];

    public static void Write(TextWriter writer, IReadOnlyList<string> columns, IEnumerable<SourcedRow> rows)
    {
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { Quoting = CsvQuoting.Always }, leaveOpen: true);
        foreach (var name in columns.Concat(SourceColumns))
        {
            csv.WriteField(CellGuard.Guard(name));
        }
        csv.EndRecord();
        foreach (var row in rows)
        {
            foreach (var name in columns)
            {
                csv.WriteField(row.Row.Values.TryGetValue(name, out var cell) ? cell.IsNumber ? cell.Text : CellGuard.Guard(cell.Text) : "");
            }
            csv.WriteField(CellGuard.Guard(row.File));
            csv.WriteField(CellGuard.Guard(row.Sheet));
            csv.WriteField(row.Row.Row.ToString(CultureInfo.InvariantCulture));
            csv.EndRecord();
        }
    }

    /// <summary>Writes to <paramref name="path"/> in UTF-8 with a BOM.</summary>
    public static void Write(string path, IReadOnlyList<string> columns, IEnumerable<SourcedRow> rows)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        Write(writer, columns, rows);
    }
}
