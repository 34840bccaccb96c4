using Tendero.Connectors.Excel;

namespace Tendero.Tests.Connectors.Excel;

/// <summary>Table detection on the committed messy workbooks: what an owner's file looks like, read as it is.</summary>
public sealed class WorkbookReaderTests
{
    private static readonly Workbook Messy = ExcelFixtures.Load("messy.xlsx");

    private static DetectedTable Main => Messy.Sheets.Single(s => s.Name == "Ventas").Tables[0];

    [Fact]
    public void Read_TitleAndNoteAboveTable_HeaderRowFoundUnderThemAndTheyAreNotes()
    {
        Assert.Equal(4, Main.HeaderRow);
        Assert.Equal(6, Main.FirstDataRow);
        Assert.Equal([1, 2, 17], Main.Notes.Select(n => n.Row));
        Assert.StartsWith("Distribuidora El Sol", Main.Notes[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MergedGroupHeader_SubColumnsNamedGroupSlashSub()
    {
        Assert.Equal(["Cliente", "Fecha", "Ventas / Enero", "Ventas / Febrero", "Descuento", "Pagado"], Main.Columns.Select(c => c.Name));
        Assert.Equal(["A", "B", "C", "D", "E", "F"], Main.Columns.Select(c => c.SourceColumn));
    }

    [Fact]
    public void Read_ColumnTypes_InferredFromData()
    {
        Assert.Equal(
            [ColumnType.Text, ColumnType.Date, ColumnType.Number, ColumnType.Number, ColumnType.Number, ColumnType.Boolean],
            Main.Columns.Select(c => c.Type));
    }

    [Fact]
    public void Read_SerialAndTextDatesMixed_AllIso()
    {
        Assert.Equal(
            ["2025-01-14", "2025-01-15", "2025-01-20", "2025-02-03", "2025-02-07", "2025-02-28", "2025-03-01", "2025-03-01"],
            ExcelFixtures.Values(Main, "Fecha"));
    }

    [Fact]
    public void Read_DecimalCommasCurrencyAndPercentages_NumbersWithADot()
    {
        Assert.Equal(["1234.56", "1234.56", "1234.5", "450", "310.4", "2000", "5120", "75.5"], ExcelFixtures.Values(Main, "Ventas / Enero"));
        Assert.Equal(["1200", "25", "980.25", "2350.75", "1050", "99.99", "4100.5", "60"], ExcelFixtures.Values(Main, "Ventas / Febrero"));
        Assert.Equal(["0.1", "0.15", "0.05", "0.05", "0", "0.2", "0.125", "0"], ExcelFixtures.Values(Main, "Descuento"));
        Assert.Equal(["true", "true", "false", "false", "true", "true", "false", "false"], ExcelFixtures.Values(Main, "Pagado"));
    }

    [Fact]
    public void Read_BlankRowInsideTable_TableGoesOnPastIt()
    {
        Assert.Equal([6, 7, 8, 9, 10, 12, 13, 14], Main.Rows.Select(r => r.Number));
    }

    [Fact]
    public void Read_TotalsFooter_ExcludedFromRowsAndReported()
    {
        Assert.Equal([new FooterRow(15, "TOTAL GENERAL")], Main.Footers);
        Assert.DoesNotContain("TOTAL GENERAL", ExcelFixtures.Values(Main, "Cliente"));
        Assert.Equal("A4:F15", Main.Range);
    }

    [Fact]
    public void Read_TableBesideTable_BothFoundSeparately()
    {
        var side = Messy.Sheets.Single(s => s.Name == "Ventas").Tables[1];
        Assert.Equal("H4:I8", side.Range);
        Assert.Equal(["Repartidor", "Entregas"], side.Columns.Select(c => c.Name));
        Assert.Equal(ColumnType.Integer, side.Columns[1].Type);
        Assert.Equal(["42", "37", "29"], ExcelFixtures.Values(side, "Entregas"));
        Assert.Equal([new FooterRow(8, "Total")], side.Footers);
    }

    [Fact]
    public void Read_SheetsWithoutTables_ListedWithNoTables()
    {
        Assert.Equal(["Ventas", "Notas", "Hoja3"], Messy.Sheets.Select(s => s.Name));
        Assert.Empty(Messy.Sheets[1].Tables);
        Assert.Empty(Messy.Sheets[2].Tables);
    }

    [Fact]
    public void Read_LegacyXls_ReadLikeXlsx()
    {
        var book = ExcelFixtures.Load("legacy.xls");
        var table = Assert.Single(Assert.Single(book.Sheets).Tables);
        Assert.Equal(WorkbookFormat.Xls, book.Format);
        Assert.Equal(3, table.HeaderRow);
        Assert.Equal(["Código", "Cliente", "Teléfono", "Saldo", "Última compra"], table.Columns.Select(c => c.Name));
        Assert.Equal(["1520.75", "0", "310.2", "89.99", "2045"], ExcelFixtures.Values(table, "Saldo"));
        Assert.Equal("2024-12-30", ExcelFixtures.Values(table, "Última compra")[3]);
        Assert.Equal("+507 225-1100", ExcelFixtures.Values(table, "Teléfono")[0]);
    }

    [Fact]
    public void Read_MonthlyFileWithFooterAndExtraColumn_FooterExcluded()
    {
        var table = Assert.Single(ExcelFixtures.Load("monthly/2025-12.xlsx").Sheets[0].Tables);
        Assert.Equal(4, table.HeaderRow);
        Assert.Equal("Total", Assert.Single(table.Footers).Label);
        Assert.Equal(["Fecha", "Nombre del Cliente", "Direccion", "Total $", "Repartidor", "Observaciones"], table.Columns.Select(c => c.Name));
        Assert.Equal(ColumnType.Date, table.Columns[0].Type);
    }
}
