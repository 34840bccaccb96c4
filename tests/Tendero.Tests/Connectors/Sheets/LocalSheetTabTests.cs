using System.Xml.Linq;
using Microsoft.Extensions.Time.Testing;
using Tendero.Connectors.Sheets;

namespace Tendero.Tests.Connectors.Sheets;

public sealed class LocalSheetTabTests : IDisposable
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private readonly XlsxFixtures files = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.Zero));

    private LocalSheetTab Clientes(string book, params string[] formulaColumns) =>
        new(book, "Clientes", formulaColumns.ToHashSet(), time);

    [Fact]
    public async Task ReadAsync_ExceljsWorkbook_ReturnsRowsAsDisplayedByHeader()
    {
        var tab = Clientes(files.Copy("workbook.xlsx"));

        Assert.Equal(["Nombre", "Teléfono", "Alta", "Saldo", "Nota"], await tab.HeadersAsync(default));
        var rows = await tab.ReadAsync(default);

        Assert.Equal([2, 3], rows.Select(r => r.Number));
        Assert.Equal("Lucía Pérez", rows[0].Values["Nombre"]);
        Assert.Equal("2023-11-03", rows[0].Values["Alta"]);
        Assert.Equal("-3.25", rows[1].Values["Saldo"]);
        Assert.Equal("", rows[1].Values["Nota"]);
    }

    [Fact]
    public async Task AppendAsync_ValuesInAnyOrder_LandInTheirColumnsAfterTheLastRow()
    {
        var book = files.Copy("workbook.xlsx");
        var tab = Clientes(book);

        await tab.AppendAsync(new Dictionary<string, object?>
        {
            ["Saldo"] = 20.75m, ["Alta"] = new DateOnly(2025, 2, 28), ["Nombre"] = "Ana Gil", ["Teléfono"] = "+34600555666",
        }, default);

        var row = (await tab.ReadAsync(default)).Single(r => r.Number == 4);
        Assert.Equal("Ana Gil", row.Values["Nombre"]);
        Assert.Equal("+34600555666", row.Values["Teléfono"]);
        Assert.Equal("2025-02-28", row.Values["Alta"]);
        Assert.Equal("20.75", row.Values["Saldo"]);
        var alta = Cell(book, "C4");
        Assert.Equal("45716", alta.Element(Main + "v")!.Value);          // a serial, not text
        Assert.Equal((string?)Cell(book, "C3").Attribute("s"), (string?)alta.Attribute("s")); // the style of the cell above
    }

    [Fact]
    public async Task AppendAsync_UnknownHeader_ThrowsNamingItAndWritesNothing()
    {
        var book = files.Copy("workbook.xlsx");
        var before = File.ReadAllBytes(book);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Clientes(book).AppendAsync(new Dictionary<string, object?> { ["Nombre"] = "X", ["Email"] = "x@y" }, default));

        Assert.Contains("\"Email\" is not a column of the \"Clientes\" sheet", error.Message);
        Assert.Equal(before, File.ReadAllBytes(book));
    }

    [Fact]
    public async Task AppendAsync_FormulaText_IsNeutralisedUnlessTheColumnIsDeclared()
    {
        var book = files.Copy("workbook.xlsx");

        await Clientes(book).AppendAsync(new Dictionary<string, object?> { ["Nombre"] = "=HYPERLINK(\"http://x\")", ["Nota"] = "-12.5" }, default);
        await Clientes(book, "Saldo").AppendAsync(new Dictionary<string, object?> { ["Nombre"] = "Calc", ["Saldo"] = "=D2+D3" }, default);

        var guarded = Cell(book, "A4");
        Assert.Equal("inlineStr", (string?)guarded.Attribute("t"));
        Assert.Equal("'=HYPERLINK(\"http://x\")", guarded.Value);
        Assert.Null(guarded.Element(Main + "f"));
        Assert.Equal("-12.5", Cell(book, "E4").Value);
        Assert.Equal("D2+D3", Cell(book, "D5").Element(Main + "f")!.Value);
    }

    [Fact]
    public async Task UpdateAsync_ByKey_SetsCellsOfTheFirstMatchOnly()
    {
        var book = files.Copy("workbook.xlsx");
        var tab = Clientes(book);

        Assert.True(await tab.UpdateAsync("Nombre", "Jordi Puig", new Dictionary<string, object?> { ["Saldo"] = 0L, ["Nota"] = "Pagado", ["Alta"] = new DateTime(2024, 5, 6, 12, 0, 0) }, default));
        Assert.False(await tab.UpdateAsync("Nombre", "Nadie", new Dictionary<string, object?> { ["Nota"] = "x" }, default));

        var rows = await tab.ReadAsync(default);
        Assert.Equal(["Prefiere WhatsApp", "Pagado"], rows.Select(r => r.Values["Nota"]));
        Assert.Equal("0.00", rows[1].Values["Saldo"]);
        Assert.Equal("45418.5", Cell(book, "C3").Element(Main + "v")!.Value);
    }

    [Fact]
    public async Task Writes_KeepOtherPartsByteForByte()
    {
        var book = files.Copy("workbook.xlsx");
        var before = XlsxFixtures.Entries(book);

        await Clientes(book).AppendAsync(new Dictionary<string, object?> { ["Nombre"] = "Ana", ["Alta"] = new DateOnly(2025, 1, 1) }, default);

        var after = XlsxFixtures.Entries(book);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.Equal(["xl/worksheets/sheet3.xml"], before.Keys.Where(k => !before[k].AsSpan().SequenceEqual(after[k])));
    }

    [Fact]
    public async Task AppendAsync_ConcurrentWriters_AllRowsLand()
    {
        var book = files.Copy("workbook.xlsx");
        var locks = new LocalWorkbookLocks();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            new LocalSheetTab(book, "Clientes", new HashSet<string>(), time, locks).AppendAsync(new Dictionary<string, object?> { ["Nombre"] = $"C{i}" }, default)));

        var names = (await Clientes(book).ReadAsync(default)).Select(r => r.Values["Nombre"]).ToList();
        Assert.Equal(10, names.Count);
        Assert.Equal(Enumerable.Range(0, 8).Select(i => $"C{i}").Order(), names.Skip(2).Order());
    }

    [Fact]
    public async Task CreateAsync_NewWorkbook_HasTheHeadersAndTakesRows()
    {
        var book = Path.Combine(files.Folder, "nuevo.xlsx");
        await LocalWorkbook.CreateAsync(book, new Dictionary<string, IReadOnlyList<string>> { ["Pedidos"] = ["Id", "Fecha", "Total"], ["Stock"] = ["Sku"] }, default);
        var tab = new LocalSheetTab(book, "Pedidos", new HashSet<string>(), time);

        await tab.AppendAsync(new Dictionary<string, object?> { ["Total"] = 12.5m, ["Id"] = 7L, ["Fecha"] = new DateOnly(2025, 3, 1) }, default);

        Assert.Equal(["Id", "Fecha", "Total"], await tab.HeadersAsync(default));
        var row = Assert.Single(await tab.ReadAsync(default));
        Assert.Equal(new Dictionary<string, string> { ["Id"] = "7", ["Fecha"] = "2025-03-01", ["Total"] = "12.5" }, row.Values);
        await Assert.ThrowsAsync<Tendero.Connectors.Excel.WorkbookException>(() => LocalWorkbook.CreateAsync(book, new Dictionary<string, IReadOnlyList<string>> { ["X"] = ["A"] }, default));
    }

    private static XElement Cell(string book, string reference)
    {
        var sheet = XDocument.Parse(System.Text.Encoding.UTF8.GetString(XlsxFixtures.Entries(book)["xl/worksheets/sheet3.xml"]));
        return sheet.Descendants(Main + "c").Single(c => (string?)c.Attribute("r") == reference);
    }

    public void Dispose() => files.Dispose();
}
