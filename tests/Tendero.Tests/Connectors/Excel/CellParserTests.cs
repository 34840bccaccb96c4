using Tendero.Connectors.Excel;

namespace Tendero.Tests.Connectors.Excel;

/// <summary>Text and values as owners type them, normalised: numbers with a dot, dates in ISO, percentages as fractions.</summary>
public sealed class CellParserTests
{
    [Theory]
    [InlineData("1.234,56", "1234.56")]
    [InlineData("1234,5", "1234.5")]
    [InlineData("1,234.56", "1234.56")]
    [InlineData("$ 1.200", "1200")]
    [InlineData("B/. 25,00", "25")]
    [InlineData("US$ 10.50", "10.5")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("(1.200,00)", "-1200")]
    [InlineData("$ -45,10", "-45.1")]
    [InlineData("15%", "0.15")]
    [InlineData("12,5 %", "0.125")]
    [InlineData("1.234.567", "1234567")]
    [InlineData("0.125", "0.125")]
    [InlineData("1 234,56", "1234.56")]
    public void ParseText_NumberAsText_NormalisedWithADot(string text, string expected)
    {
        var cell = CellParser.ParseText(text, DateOrder.Dmy);
        Assert.True(cell.Kind is CellKind.Number or CellKind.Integer, $"{text} read as {cell.Kind}");
        Assert.Equal(expected, cell.Normal);
    }

    [Theory]
    [InlineData("pendiente")]
    [InlineData("1.2.3,4,5")]
    [InlineData("12abc")]
    [InlineData("+507 6677-1234")]
    [InlineData("C-001")]
    public void ParseText_NotANumber_Text(string text) => Assert.Equal(CellKind.Text, CellParser.ParseText(text, DateOrder.Dmy).Kind);

    [Theory]
    [InlineData("15/01/2025", DateOrder.Dmy, "2025-01-15")]
    [InlineData("03/04/2025", DateOrder.Dmy, "2025-04-03")]
    [InlineData("03/04/2025", DateOrder.Mdy, "2025-03-04")]
    [InlineData("1-3-25", DateOrder.Dmy, "2025-03-01")]
    [InlineData("15.01.2025", DateOrder.Dmy, "2025-01-15")]
    [InlineData("2025-01-15", DateOrder.Mdy, "2025-01-15")]
    [InlineData("15-ene-2025", DateOrder.Dmy, "2025-01-15")]
    [InlineData("15 de enero de 2025", DateOrder.Dmy, "2025-01-15")]
    [InlineData("15/01/2025 14:30", DateOrder.Dmy, "2025-01-15T14:30:00")]
    public void ParseText_DateAsText_Iso(string text, DateOrder order, string expected)
    {
        var cell = CellParser.ParseText(text, order);
        Assert.Equal((CellKind.Date, expected), (cell.Kind, cell.Normal));
    }

    [Theory]
    [InlineData("31/02/2026")]
    [InlineData("32/08/2025")]
    [InlineData("12/13/2025")]
    public void ParseText_ImpossibleDate_TextThatIsNotADate(string text)
    {
        var cell = CellParser.ParseText(text, DateOrder.Dmy);
        Assert.Equal(CellKind.Text, cell.Kind);
        Assert.Equal((null, "is not a date"), cell.As(ColumnType.Date));
    }

    [Fact]
    public void Parse_SerialWithDateFormat_Date() =>
        Assert.Equal("2025-01-14", CellParser.Parse(45671.0, "dd/mm/yyyy", DateOrder.Dmy).Normal);

    [Fact]
    public void Parse_SerialWithNumberFormat_Number() =>
        Assert.Equal((CellKind.Integer, "45671"), (CellParser.Parse(45671.0, "#,##0", DateOrder.Dmy) is var c ? (c.Kind, c.Normal) : default));

    [Fact]
    public void Parse_PercentFormat_FractionKept() => Assert.Equal("0.15", CellParser.Parse(0.15, "0%", DateOrder.Dmy).Normal);

    [Theory]
    [InlineData("Sí", "true")]
    [InlineData("NO", "false")]
    [InlineData("verdadero", "true")]
    public void ParseText_YesNo_Boolean(string text, string expected) =>
        Assert.Equal((CellKind.Boolean, expected), (CellParser.ParseText(text, DateOrder.Dmy) is var c ? (c.Kind, c.Normal) : default));
}
