using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tendero.Connectors.Excel;

namespace Tendero.Connectors.Sheets;

/// <summary>Creates the local workbook that stands in for a Google Sheet: one sheet per tab, its headers in row 1 (bold).</summary>
public static class LocalWorkbook
{
    /// <summary>Writes a new .xlsx atomically. Refuses to overwrite an existing file or to make a tab without headers.</summary>
    public static Task CreateAsync(string path, IReadOnlyDictionary<string, IReadOnlyList<string>> tabs, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        if (File.Exists(path))
        {
            throw new WorkbookException($"{path} already exists; it is left as it is.");
        }
        var names = new List<string>();
        foreach (var (tab, headers) in tabs)
        {
            if (Excel.SheetNames.Problem(tab, names) is { } problem)
            {
                throw new ArgumentException(problem, nameof(tabs), innerException: null);
            }
            if (headers.Count == 0 || headers.Any(string.IsNullOrWhiteSpace))
            {
                throw new ArgumentException($"The tab \"{tab}\" needs header names, none blank.", nameof(tabs));
            }
            names.Add(tab);
        }
        AtomicFile.Replace(path, stream => Write(stream, tabs));
        return Task.CompletedTask;
    }

    private static void Write(Stream stream, IReadOnlyDictionary<string, IReadOnlyList<string>> tabs)
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(new DocumentFormat.OpenXml.Spreadsheet.Sheets());
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font(), new Font(new Bold())),
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
                new Borders(new Border()),
                new CellFormats(
                    new CellFormat(),
                    new CellFormat { FontId = 1, ApplyFont = true },
                    new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
            uint id = 1;
            foreach (var (tab, headers) in tabs)
            {
                var sheet = workbook.AddNewPart<WorksheetPart>();
                var row = new Row { RowIndex = 1 };
                row.Append(headers.Select((h, i) => new Cell
                {
                    CellReference = CellRefs.Of(i + 1, 1),
                    DataType = CellValues.InlineString,
                    StyleIndex = 1,
                    InlineString = new InlineString(new Text(h)),
                }));
                sheet.Worksheet = new Worksheet(new SheetData(row));
                workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = id++, Name = tab });
            }
        }
        memory.Position = 0;
        memory.CopyTo(stream);
    }
}
