using System.Text;
using Tendero.Connectors.Csv;

namespace Tendero.Tests.Connectors.Csv;

public sealed class CsvFileWriteTests : IDisposable
{
    private readonly XlsxFixtures files = new();

    [Fact]
    public void Write_Stream_Utf8WithBomQuotedAsNeededAndGuarded()
    {
        using var stream = new MemoryStream();

        CsvFile.Write(stream, ["Nombre", "Nota", "Saldo"], [["Peña, José", "=HYPERLINK(\"x\")", "-12.5"], ["Ana", "línea 1\nlínea 2", "@SUM(A1)"]]);

        var bytes = stream.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(
            "Nombre,Nota,Saldo\r\n\"Peña, José\",\"'=HYPERLINK(\"\"x\"\")\",-12.5\r\nAna,\"línea 1\nlínea 2\",'@SUM(A1)\r\n",
            Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void Write_ThenRead_RoundTripsWithSemicolon()
    {
        var path = Path.Combine(files.Folder, "out.csv");
        string[][] rows = [["1,5", "a;b", "\"quoted\""], ["", "x", "y"]];

        CsvFile.Write(path, ["A", "B", "C"], rows, ';');
        var table = CsvFile.Read(path);

        Assert.Equal(';', table.Delimiter);
        Assert.Equal(rows, table.Rows.Select(r => r.ToArray()));
        Assert.Empty(Directory.GetFiles(files.Folder, "*.tmp"));
    }

    public void Dispose() => files.Dispose();
}
