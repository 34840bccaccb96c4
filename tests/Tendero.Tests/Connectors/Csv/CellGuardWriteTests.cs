using Tendero.Connectors.Csv;

namespace Tendero.Tests.Connectors.Csv;

public sealed class CellGuardWriteTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+cmd", "'+cmd")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("\0x", "'\0x")]
    [InlineData("-", "'-")]
    public void Guard_FormulaStart_GetsAnApostrophe(string text, string expected) => Assert.Equal(expected, CellGuard.Guard(text));

    [Theory]
    [InlineData("-12.5")]
    [InlineData("-10")]
    [InlineData("+34")]
    [InlineData("-3,25")]
    [InlineData("Café")]
    [InlineData("a=b")]
    [InlineData("")]
    public void Guard_PlainNumberOrText_IsUnchanged(string text)
    {
        Assert.False(CellGuard.NeedsGuard(text));
        Assert.Equal(text, CellGuard.Guard(text));
    }
}
