using System.Text;
using Tendero.Connectors.Csv;

namespace Tendero.Tests.Connectors.Csv;

public sealed class CsvFileReadTests : IDisposable
{
    private readonly XlsxFixtures files = new();

    static CsvFileReadTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Read_SemicolonWindows1252WithQuotedNewlines_DetectsAndParses()
    {
        var text = "Nombre;Nota;Importe\r\n\"Peña, José\";\"Dijo \"\"sí\"\"\r\nen dos líneas\";12,50\r\nMaría;Añadir;3\r\n";
        var path = files.Csv("es.csv", text, Encoding.GetEncoding(1252));

        var table = CsvFile.Read(path);

        Assert.Equal(';', table.Delimiter);
        Assert.Equal(1252, table.Encoding.CodePage);
        Assert.Equal(["Nombre", "Nota", "Importe"], table.Headers);
        Assert.Equal(["Peña, José", "Dijo \"sí\"\r\nen dos líneas", "12,50"], table.Rows[0]);
        Assert.Equal("María", table.Rows[1][0]);
    }

    [Theory]
    [InlineData("a,b,c\n1,2,3\n", ',')]
    [InlineData("a\tb\n1\t2,5\n", '\t')]
    [InlineData("a;b\n\"x;y\";2\n", ';')]
    [InlineData("solo\nuno\n", ',')]
    public void Read_Delimiter_IsDetectedByConsistentFieldCounts(string text, char expected) =>
        Assert.Equal(expected, CsvFile.Read(files.Csv("d.csv", text)).Delimiter);

    [Fact]
    public void Read_Utf8WithBom_StripsTheBom()
    {
        var table = CsvFile.Read(files.Csv("bom.csv", "Año,Ñu\n2025,sí\n", new UTF8Encoding(true)));

        Assert.Equal("Año", table.Headers[0]); // no \uFEFF glued to the first header
        Assert.Equal(65001, table.Encoding.CodePage);
        Assert.NotEmpty(table.Encoding.GetPreamble());
    }

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("  \r\n ", "is empty")]
    [InlineData("a,b\n", "no data rows")]
    [InlineData("a,b\n1,2\n3\n", "record 3 has 1 fields but the header has 2")]
    [InlineData("a,b\n\"1,2\n", "never closed")]
    [InlineData("a,,c\n1,2,3\n", "column 2 of the header row has no name")]
    [InlineData("a,A\n1,2\n", "appears twice")]
    public void Read_BadFile_ThrowsAClearError(string text, string expected) =>
        Assert.Contains(expected, Assert.Throws<CsvFileException>(() => CsvFile.Read(files.Csv("bad.csv", text))).Message);

    [Fact]
    public void Read_MissingFile_ThrowsNamingIt() =>
        Assert.Contains("nope.csv", Assert.Throws<CsvFileException>(() => CsvFile.Read(Path.Combine(files.Folder, "nope.csv"))).Message);

    public void Dispose() => files.Dispose();
}
