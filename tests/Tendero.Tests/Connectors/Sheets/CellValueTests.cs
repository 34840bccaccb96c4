using System.Text.Json.Nodes;
using Tendero.Connectors.Sheets;

namespace Tendero.Tests.Connectors.Sheets;

/// <summary>What a value becomes on the wire under USER_ENTERED: values stay values, text stays text, formulas are neutralised.</summary>
public sealed class CellValueTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")")]
    [InlineData("+50760001111")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    [InlineData("0034")]
    public void ToJson_TextOutsideAFormulaColumn_GetsALeadingApostrophe(string text) =>
        Assert.Equal("'" + text, ((JsonValue)CellValue.ToJson(text, formulaColumn: false)!).GetValue<string>());

    [Fact]
    public void ToJson_TextInAFormulaColumn_GoesAsTyped() =>
        Assert.Equal("=SUM(B2:B9)", ((JsonValue)CellValue.ToJson("=SUM(B2:B9)", formulaColumn: true)!).GetValue<string>());

    [Fact]
    public void ToJson_NumbersAndDates_GoAsValues()
    {
        Assert.Equal("4", CellValue.ToJson(4L, false)!.ToJsonString());
        Assert.Equal("12.5", CellValue.ToJson(12.5m, false)!.ToJsonString());
        Assert.Equal("true", CellValue.ToJson(true, false)!.ToJsonString());
        Assert.Equal("\"2026-11-26\"", CellValue.ToJson(new DateOnly(2026, 11, 26), false)!.ToJsonString());
        Assert.Equal("\"20:30:00\"", CellValue.ToJson(new TimeOnly(20, 30), false)!.ToJsonString());
        Assert.Equal("\"\"", CellValue.ToJson(null, false)!.ToJsonString());
    }

    [Fact]
    public void ToJson_AnUnsupportedType_Throws() =>
        Assert.Throws<ArgumentException>(() => CellValue.ToJson(new object(), false));

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("-5", "'-5")]
    [InlineData("Ana", "Ana")]
    [InlineData("", "")]
    public void Neutralise_OnlyFormulaLikeText_IsPrefixed(string text, string expected) => Assert.Equal(expected, CellValue.Neutralise(text));

    [Theory]
    [InlineData(1, "A")]
    [InlineData(26, "Z")]
    [InlineData(27, "AA")]
    [InlineData(703, "AAA")]
    public void Column_Number_GivesLetters(int number, string letters) => Assert.Equal(letters, A1.Column(number));

    [Fact]
    public void Tab_AQuoteInTheName_IsDoubled() => Assert.Equal("'Mi ''hoja'''!C5", A1.Cell("Mi 'hoja'", 3, 5));
}
