using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Time.Testing;
using Tendero.Connectors.Excel;

namespace Tendero.Tests.Connectors.Excel;

public sealed class AddSheetContentTests : IDisposable
{
    private readonly XlsxFixtures files = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Add_WithLike_WritesTypedCellsHeaderStyleWidthsAndFormats()
    {
        var book = files.Copy("workbook.xlsx");
        var csv = files.Csv("rows.csv", "Fecha;Producto;Cantidad;Precio\r\n2025-02-01;\"Café; molido\";3;4,5\r\n2025-02-02;=1+1;007;-12,5\r\n");

        Assert.IsType<AddSheetOutcome.Added>(SheetAdder.Add(new AddSheetRequest(book, "Marzo", csv, "Ventas"), time));

        using var doc = SpreadsheetDocument.Open(book, false);
        var workbook = doc.WorkbookPart!;
        var sheet = workbook.Workbook!.Sheets!.Elements<Sheet>().Last();
        Assert.Equal("Marzo", sheet.Name!.Value);
        Assert.Equal(5u, sheet.SheetId!.Value);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var cells = part.Worksheet!.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        var likeCells = ((WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets.Elements<Sheet>().First().Id!.Value!)).Worksheet!.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);

        Assert.Equal(CellValues.InlineString, cells["A1"].DataType!.Value);
        Assert.Equal("Fecha", cells["A1"].InlineString!.InnerText);
        Assert.Equal(likeCells["A1"].StyleIndex!.Value, cells["A1"].StyleIndex!.Value);
        Assert.Equal("45689", cells["A2"].CellValue!.Text);                       // 2025-02-01 as a serial
        Assert.Equal(likeCells["A2"].StyleIndex!.Value, cells["A2"].StyleIndex!.Value); // the like-sheet's dd/mm/yyyy
        Assert.Equal("Café; molido", cells["B2"].InlineString!.InnerText);
        Assert.Equal("=1+1", cells["B3"].InlineString!.InnerText);                // text, never a formula
        Assert.Null(cells["B3"].CellFormula);
        Assert.Null(cells["C2"].DataType);
        Assert.Equal("3", cells["C2"].CellValue!.Text);
        Assert.Equal("007", cells["C3"].InlineString!.InnerText);                 // leading zeros stay text
        Assert.Equal("4.5", cells["D2"].CellValue!.Text);                        // decimal comma in a ; file
        Assert.Equal("-12.5", cells["D3"].CellValue!.Text);
        Assert.Equal(likeCells["D2"].StyleIndex!.Value, cells["D2"].StyleIndex!.Value);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(part).Select(e => e.Description).ToList();
        Assert.Empty(errors);
        var widths = part.Worksheet.GetFirstChild<Columns>()!.Elements<Column>().Select(c => c.Width!.Value).ToList();
        Assert.Equal([12d, 28d, 10d, 11d, 13d], widths);
    }

    [Fact]
    public void Add_WithoutLike_SizesColumnsAndGivesDatesADateFormat()
    {
        var book = files.Copy("libreoffice.xlsx");
        var csv = files.Csv("rows.csv", "Día,Nota\n2024-12-31,una nota bastante larga para ensanchar\n");

        Assert.IsType<AddSheetOutcome.Added>(SheetAdder.Add(new AddSheetRequest(book, "Notas", csv), time));

        using var doc = SpreadsheetDocument.Open(book, false);
        var workbook = doc.WorkbookPart!;
        var part = (WorksheetPart)workbook.GetPartById(workbook.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == "Notas").Id!.Value!);
        var date = part.Worksheet!.Descendants<Cell>().Single(c => c.CellReference == "A2");
        var xf = workbook.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ElementAt((int)date.StyleIndex!.Value);
        Assert.Equal("45657", date.CellValue!.Text);
        Assert.True(xf.NumberFormatId!.Value is 14 or >= 164, $"numFmtId {xf.NumberFormatId.Value} is not a date format");
        Assert.True(part.Worksheet.GetFirstChild<Columns>()!.Elements<Column>().ElementAt(1).Width!.Value > 30);
    }

    [SkippableFact]
    public void Add_ResultOpensInLibreOffice()
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/local/bin/soffice", "/opt/libreoffice/program/soffice" }.FirstOrDefault(File.Exists);
        Skip.If(soffice is null, "LIBREOFFICE MISSING: soffice not found, so the add-sheet result was NOT opened in LibreOffice. Install libreoffice-calc-nogui.");
        var book = files.Copy("workbook.xlsx");
        var csv = files.Csv("rows.csv", "Producto,Cantidad\nCafé,3\n\"Té, verde\",12.5\n");
        Assert.IsType<AddSheetOutcome.Added>(SheetAdder.Add(new AddSheetRequest(book, "Nueva", csv, "Ventas"), time));

        var outDir = Path.Combine(files.Folder, "out");
        var profile = new Uri(Path.Combine(files.Folder, "profile")).AbsoluteUri;
        // Sheet 5 is the new one; the filter options pick it (token 12 = sheet number, LibreOffice 7.2+).
        var start = new System.Diagnostics.ProcessStartInfo(soffice!, ["-env:UserInstallation=" + profile, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,5", "--outdir", outDir, book])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = System.Diagnostics.Process.Start(start)!;
        Assert.True(process.WaitForExit(120_000), "soffice did not finish in 2 minutes");

        var csvOut = Directory.GetFiles(outDir, "*.csv").Single();
        var lines = File.ReadAllLines(csvOut);
        Assert.Equal(["Producto,Cantidad", "Café,3", "\"Té, verde\",12.5"], lines);
    }

    public void Dispose() => files.Dispose();
}
