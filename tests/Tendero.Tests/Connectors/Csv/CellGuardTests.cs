using Tendero.Connectors.Csv;

namespace Tendero.Tests.Connectors.Csv;

public sealed class CellGuardTests
{
    [Theory]
    [InlineData("=SUM(A1:A2)", "'=SUM(A1:A2)")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(1)", "'@SUM(1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    public void Guard_FormulaStart_Apostrophe(string text, string expected) => Assert.Equal(expected, CellGuard.Guard(text));

    [Theory]
    [InlineData("-12.5")]
    [InlineData("-3")]
    [InlineData("+507")]
    [InlineData("Café Unido")]
    [InlineData("a=b")]
    [InlineData("")]
    public void Guard_PlainNumberOrText_Unchanged(string text) => Assert.Equal(text, CellGuard.Guard(text));
}
