using Microsoft.Extensions.Time.Testing;
using Tendero.Connectors.Excel;

namespace Tendero.Tests.Connectors.Excel;

public sealed class AddSheetPreservationTests : IDisposable
{
    private readonly XlsxFixtures files = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("workbook.xlsx")]
    [InlineData("libreoffice.xlsx")]
    public void Add_KeepsEveryOtherPartByteForByte(string fixture)
    {
        var book = files.Copy(fixture);
        var before = XlsxFixtures.Entries(book);
        var csv = files.Csv("rows.csv", "Fecha,Producto,Cantidad,Precio\n2025-02-01,Café,3,4.5\n2025-02-02,Té,1,2\n");

        var outcome = SheetAdder.Add(new AddSheetRequest(book, "Marzo", csv, "Ventas"), time);

        var added = Assert.IsType<AddSheetOutcome.Added>(outcome);
        var after = XlsxFixtures.Entries(book);
        string[] expectedChanged = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"];
        foreach (var (name, bytes) in before)
        {
            Assert.True(after.ContainsKey(name), $"{name} disappeared");
            if (!expectedChanged.Contains(name))
            {
                Assert.True(bytes.AsSpan().SequenceEqual(after[name]), $"{name} changed");
            }
        }
        Assert.Equal(expectedChanged.Order(), added.ChangedParts.Where(p => p != added.Part).Order());
        Assert.Equal(before.Count + 1, after.Count);
        Assert.Contains(added.Part, after.Keys);
    }

    [Fact]
    public void Add_DateColumnWithoutDateFormatInWorkbook_AppendsOneXfToStylesOnly()
    {
        var book = files.Copy("workbook.xlsx");
        var csv = files.Csv("rows.csv", "Cuándo\n2025-02-01\n");
        var before = XlsxFixtures.Entries(book);

        // The fixture already has date formats, so styles.xml stays: the date reuses one.
        var outcome = Assert.IsType<AddSheetOutcome.Added>(SheetAdder.Add(new AddSheetRequest(book, "Fechas", csv), time));

        Assert.DoesNotContain("xl/styles.xml", outcome.ChangedParts);
        Assert.Equal(before["xl/styles.xml"], XlsxFixtures.Entries(book)["xl/styles.xml"]);
    }

    [Fact]
    public void Add_FailureBeforeTheRename_LeavesTheOriginalIdenticalAndNoTemporaryFile()
    {
        var book = files.Copy("workbook.xlsx");
        var original = File.ReadAllBytes(book);
        var csv = files.Csv("rows.csv", "A\n1\n");

        var outcome = SheetAdder.Add(new AddSheetRequest(book, "Nueva", csv), time, beforeReplace: () => throw new IOException("disk full"));

        Assert.Contains("not changed", Assert.IsType<AddSheetOutcome.Refused>(outcome).Reason);
        Assert.Equal(original, File.ReadAllBytes(book));
        Assert.Equal(["rows.csv", "workbook.xlsx"], Directory.GetFiles(files.Folder).Select(Path.GetFileName).Order());
    }

    public void Dispose() => files.Dispose();
}
