using System.Text;
using Tendero.Connectors.Csv;

namespace Tendero.Export;

/// <summary>
/// One table as CSV: UTF-8 with BOM (Excel opens accents right), CRLF, RFC 4180 quoting. Text cells go through
/// <see cref="CellGuard"/> so none runs as a formula; numbers are written as they are, so -12 stays a number.
/// </summary>
public sealed class CsvTableWriter : IDisposable
{
    private readonly StreamWriter writer;
    private readonly IReadOnlyList<ColumnInfo> columns;
    private readonly TimeZoneInfo zone;

    public CsvTableWriter(string path, IReadOnlyList<ColumnInfo> columns, TimeZoneInfo zone)
    {
        writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        this.columns = columns;
        this.zone = zone;
        Line(columns.Select(c => CsvRecords.Quote(CellGuard.Guard(c.Name), ',')));
    }

    public void Write(object?[] row) => Line(row.Select((value, i) => Cell(value, columns[i])));

    private string Cell(object? value, ColumnInfo column)
    {
        var text = CellText.Format(value, column, zone) ?? "";
        // Only text is guarded: a number (or a time) can never start a formula, and guarding it would make it text.
        return CsvRecords.Quote(value is string ? CellGuard.Guard(text) : text, ',');
    }

    private void Line(IEnumerable<string> cells)
    {
        writer.Write(string.Join(',', cells));
        writer.Write("\r\n");
    }

    public void Dispose() => writer.Dispose();
}
