using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Tendero.Connectors.Excel;

namespace Tendero.Cli.Excel;

/// <summary>What <c>tendero excel inspect</c> prints (snake_case JSON; types and formats as lowercase names).</summary>
internal sealed record InspectReport(string File, string Format, IReadOnlyList<InspectSheet> Sheets)
{
    private const int SampleRows = 5;

    public static InspectReport From(Workbook workbook) => new(
        workbook.File,
        workbook.Format.ToString().ToLowerInvariant(),
        workbook.Sheets.Select(s => new InspectSheet(s.Name, s.Tables.Select(Table).ToList(), s.Warnings)).ToList());

    private static InspectTable Table(DetectedTable t) => new(
        t.Range,
        t.HeaderRow,
        t.FirstDataRow,
        t.LastDataRow,
        t.Columns.Select(c => new InspectColumn(c.Name, c.Type.ToString().ToLowerInvariant(), c.SourceColumn)).ToList(),
        t.Rows.Count,
        t.Footers.Select(f => new InspectFooter(f.Row, f.Label)).ToList(),
        t.Notes.Select(n => new InspectNote(n.Row, n.Text)).ToList(),
        t.Rows.Take(SampleRows).Select(r => Sample(t, r)).ToList());

    // A value that does not fit its column is shown as typed, so the sample shows the problem rather than hiding it.
    private static Dictionary<string, string?> Sample(DetectedTable t, TableRow row) =>
        t.Columns.Select((c, i) => (c.Name, Cell: row.Cells[i], c.Type))
            .ToDictionary(x => x.Name, x => x.Cell.IsEmpty ? null : x.Cell.As(x.Type).Value ?? x.Cell.Raw);
}

internal sealed record InspectSheet(string Name, IReadOnlyList<InspectTable> Tables, IReadOnlyList<string> Warnings);

internal sealed record InspectTable(
    string Range,
    int HeaderRow,
    int FirstDataRow,
    int LastDataRow,
    IReadOnlyList<InspectColumn> Columns,
    int RowCount,
    IReadOnlyList<InspectFooter> FooterRows,
    IReadOnlyList<InspectNote> Notes,
    IReadOnlyList<Dictionary<string, string?>> SampleRows);

internal sealed record InspectColumn(string Name, string Type, string SourceColumn);

internal sealed record InspectFooter(int Row, string Label);

internal sealed record InspectNote(int Row, string Text);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(InspectReport))]
internal sealed partial class InspectJson : JsonSerializerContext
{
    /// <summary>Accented names and values print as they are (Teléfono, not Tel\u00e9fono); the output is not HTML.</summary>
    public static InspectJson Readable { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
