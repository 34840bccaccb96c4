using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tendero.Connectors.Csv;

namespace Tendero.Export;

/// <summary>
/// A new workbook with one sheet per table, written with the OpenXml SDK's streaming <see cref="OpenXmlWriter"/>.
/// Text goes in as inline strings, which Excel and Sheets never evaluate; text that looks like a formula also gets
/// the quote-prefix style, so editing the cell keeps it text. Numbers are numbers and times are real dates (the
/// business's local time) with a date format. Call <see cref="BeginSheet"/>, <see cref="Write"/> for each row, then
/// <see cref="EndSheet"/>, one sheet at a time.
/// </summary>
public sealed class XlsxExportWriter : IDisposable
{
    private const uint QuotedText = 1;
    private const uint DateTime = 2;

    private readonly SpreadsheetDocument document;
    private readonly Sheets sheets;
    private readonly TimeZoneInfo zone;
    private OpenXmlWriter? writer;
    private IReadOnlyList<ColumnInfo> columns = [];
    private uint nextId = 1;

    public XlsxExportWriter(string path, TimeZoneInfo zone)
    {
        this.zone = zone;
        document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        sheets = workbook.Workbook.AppendChild(new Sheets());
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Styles();
    }

    public void BeginSheet(string table, IReadOnlyList<ColumnInfo> sheetColumns)
    {
        var workbook = document.WorkbookPart!;
        var part = workbook.AddNewPart<WorksheetPart>();
        var name = table.Length > 31 ? table[..31] : table;
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = nextId++, Name = name });
        columns = sheetColumns;
        writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetData());
        writer.WriteStartElement(new Row());
        foreach (var column in columns)
        {
            WriteText(column.Name);
        }
        writer.WriteEndElement();
    }

    public void Write(object?[] row)
    {
        var w = writer ?? throw new InvalidOperationException("BeginSheet first.");
        w.WriteStartElement(new Row());
        for (var i = 0; i < columns.Count; i++)
        {
            switch (row[i])
            {
                case null:
                    w.WriteElement(new Cell());
                    break;
                case long ms when CellText.IsTime(columns[i], ms):
                    var local = CellText.Local(ms, zone).DateTime;
                    w.WriteElement(new Cell { StyleIndex = DateTime, CellValue = new CellValue(local.ToOADate()) });
                    break;
                case long l:
                    w.WriteElement(new Cell { DataType = CellValues.Number, CellValue = new CellValue(l.ToString(System.Globalization.CultureInfo.InvariantCulture)) });
                    break;
                case double d:
                    w.WriteElement(new Cell { DataType = CellValues.Number, CellValue = new CellValue(d) });
                    break;
                case bool b:
                    w.WriteElement(new Cell { DataType = CellValues.Boolean, CellValue = new CellValue(b ? "1" : "0") });
                    break;
                case var other:
                    WriteText(CellText.Format(other, columns[i], zone) ?? "");
                    break;
            }
        }
        w.WriteEndElement();
    }

    public void EndSheet()
    {
        if (writer is null)
        {
            return;
        }
        writer.WriteEndElement(); // sheetData
        writer.WriteEndElement(); // worksheet
        writer.Close();
        writer = null;
    }

    private void WriteText(string text)
    {
        var clean = XmlSafe(text);
        var cell = new Cell(new InlineString(new Text(clean) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString };
        if (CellGuard.NeedsGuard(clean))
        {
            cell.StyleIndex = QuotedText;
        }
        writer!.WriteElement(cell);
    }

    // XML 1.0 cannot carry most control characters; a cell would make the whole workbook unreadable.
    private static string XmlSafe(string text) =>
        text.Any(c => c < 0x20 && c is not ('\t' or '\n' or '\r')) ? new string(text.Where(c => c >= 0x20 || c is '\t' or '\n' or '\r').ToArray()) : text;

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd hh:mm:ss" }) { Count = 1 },
        new Fonts(new Font()) { Count = 1 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { QuotePrefix = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 3 });

    public void Dispose()
    {
        EndSheet();
        if (!sheets.HasChildren)
        {
            BeginSheet("empty", []);
            EndSheet();
        }
        document.Dispose();
    }
}
