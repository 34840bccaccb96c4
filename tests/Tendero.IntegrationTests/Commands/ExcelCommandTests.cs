using System.CommandLine;
using System.Text;
using System.Text.Json;
using Tendero.Cli;
using Tendero.IntegrationTests.Support;

namespace Tendero.IntegrationTests.Commands;

/// <summary><c>tendero excel inspect|read</c> in-process on the committed fixtures (tests/fixtures/excel, made by make.sh).</summary>
public sealed class ExcelCommandTests : IDisposable
{
    private static readonly string Fixtures = Path.Combine(RepoPaths.Root, "tests", "fixtures", "excel");
    private readonly StringWriter output = new();
    private readonly StringWriter errors = new();
    private readonly string folder = Directory.CreateTempSubdirectory("tendero-excel-cli-").FullName;

    public void Dispose()
    {
        output.Dispose();
        errors.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Inspect_MessyWorkbook_JsonWithBothTablesFootersAndNormalisedSamples()
    {
        Assert.Equal(0, await RunAsync("excel", "inspect", Fixture("messy.xlsx")));
        using var json = JsonDocument.Parse(output.ToString());
        Assert.Equal("xlsx", json.RootElement.GetProperty("format").GetString());
        var tables = json.RootElement.GetProperty("sheets")[0].GetProperty("tables");
        var main = tables[0];
        Assert.Equal(4, main.GetProperty("header_row").GetInt32());
        Assert.Equal(8, main.GetProperty("row_count").GetInt32());
        Assert.Equal("Ventas / Enero", main.GetProperty("columns")[2].GetProperty("name").GetString());
        Assert.Equal("date", main.GetProperty("columns")[1].GetProperty("type").GetString());
        Assert.Equal("C", main.GetProperty("columns")[2].GetProperty("source_column").GetString());
        Assert.Equal(15, main.GetProperty("footer_rows")[0].GetProperty("row").GetInt32());
        var second = main.GetProperty("sample_rows")[1];
        Assert.Equal(("2025-01-15", "1234.56", "25"), (second.GetProperty("Fecha").GetString(), second.GetProperty("Ventas / Enero").GetString(), second.GetProperty("Ventas / Febrero").GetString()));
        Assert.Equal(5, main.GetProperty("sample_rows").GetArrayLength());
        Assert.Equal("H4:I8", tables[1].GetProperty("range").GetString());
        Assert.Contains("Panadería", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_LegacyXls_FormatXls()
    {
        Assert.Equal(0, await RunAsync("excel", "inspect", Fixture("legacy.xls")));
        using var json = JsonDocument.Parse(output.ToString());
        Assert.Equal("xls", json.RootElement.GetProperty("format").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("sheets")[0].GetProperty("tables")[0].GetProperty("header_row").GetInt32());
    }

    [Theory]
    [InlineData("missing.xlsx", "missing.xlsx does not exist")]
    [InlineData("corrupt.xlsx", "corrupt.xlsx is damaged")]
    [InlineData("protected.xlsx", "protected.xlsx is password-protected")]
    public async Task Inspect_UnreadableFile_Exit2WithReason(string name, string expected)
    {
        Assert.Equal(2, await RunAsync("excel", "inspect", Fixture(name)));
        Assert.Contains(expected, errors.ToString(), StringComparison.Ordinal);
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public async Task Inspect_BadDateOrder_Exit2()
    {
        Assert.Equal(2, await RunAsync("excel", "inspect", Fixture("messy.xlsx"), "--date-order", "ymd"));
        Assert.Contains("--date-order must be dmy", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_MonthlyFolderWithMap_OneCsvMappingAndBadRowsReported()
    {
        var csv = Path.Combine(folder, "rows.csv");
        Assert.Equal(0, await RunAsync("excel", "read", Fixture("monthly"), "--out", csv, "--map", Fixture("deliveries-map.yaml")));
        var report = errors.ToString();
        Assert.Contains("[1/12] 2025-01.xlsx", report, StringComparison.Ordinal);
        Assert.Contains("[12/12] 2025-12.xlsx", report, StringComparison.Ordinal);
        foreach (var line in new[]
        {
            "  mapping 2025-02.xlsx Entregas A4:E42:",
            "    \"Nombre del cliente\" (A) -> cliente",
            "    \"Fecha de entrega\" (C) -> fecha",
            "    \"Customer\" (B) -> cliente",
            "    \"Total $\" (D) -> monto",
            "    \"IMPORTE\" (D) -> monto",
            "    \"Conductor\" (E) -> repartidor",
            "    \"Observaciones\" (F) -> (not used: not in the map)",
            "  2025-02.xlsx Entregas row 9: fecha '31/02/2025' is not a date",
            "  2025-05.xlsx Entregas row 4: monto 'pendiente' is not a number",
            "  2025-08.xlsx Entregas row 11: fecha '32/08/2025' is not a date",
            "  2025-09.xlsx Hoja1 row 5: row has no value for required column cliente",
            "  2025-11.xlsx Entregas row 10: monto 'ver factura' is not a number",
            "summary: 12 files, 357 rows read, 5 rows skipped, 0 files unreadable",
        })
        {
            Assert.Contains(line + Environment.NewLine, report, StringComparison.Ordinal);
        }
        var bytes = await File.ReadAllBytesAsync(csv);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("\"cliente\",\"direccion\",\"fecha\",\"monto\",\"repartidor\",\"source_file\",\"source_sheet\",\"source_row\"", lines[0]);
        Assert.Equal(358, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.Matches("^\"[^\"].*\",\"2025-\\d\\d-\\d\\d\",\"-?\\d+(\\.\\d+)?\",", l));
        Assert.Contains(lines, l => l.StartsWith("\"'=HYPERLINK(", StringComparison.Ordinal) && l.EndsWith("\"2025-06.xlsx\",\"Hoja1\",\"6\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("\"'@Pedidos Especiales\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",\"-12.5\",", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("'-12.5", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Read_NoMap_HeadersKeptByNormalisedName()
    {
        var csv = Path.Combine(folder, "messy.csv");
        Assert.Equal(0, await RunAsync("excel", "read", Fixture("messy.xlsx"), "--out", csv, "--sheet", "ventas"));
        var header = (await File.ReadAllLinesAsync(csv))[0];
        Assert.Equal("\"cliente\",\"fecha\",\"ventas_enero\",\"ventas_febrero\",\"descuento\",\"pagado\",\"repartidor\",\"entregas\",\"source_file\",\"source_sheet\",\"source_row\"", header.TrimStart('\uFEFF'));
        Assert.Contains("summary: 1 files, 11 rows read, 0 rows skipped", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_FolderWithADamagedFile_OthersReadAndItIsReported()
    {
        File.Copy(Fixture("monthly/2025-01.xlsx"), Path.Combine(folder, "a.xlsx"));
        File.Copy(Fixture("corrupt.xlsx"), Path.Combine(folder, "b.xlsx"));
        File.WriteAllText(Path.Combine(folder, "~$a.xlsx"), "owner file");
        Assert.Equal(0, await RunAsync("excel", "read", folder, "--out", Path.Combine(folder, "out.csv")));
        var report = errors.ToString();
        Assert.Contains("[2/2] b.xlsx", report, StringComparison.Ordinal);
        Assert.Contains("b.xlsx is damaged", report, StringComparison.Ordinal);
        Assert.Contains("summary: 2 files, 37 rows read, 0 rows skipped, 1 files unreadable", report, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--map", "missing-map.yaml", "missing-map.yaml does not exist")]
    [InlineData("--date-order", "ydm", "--date-order must be")]
    public async Task Read_BadArguments_Exit2(string flag, string value, string expected)
    {
        Assert.Equal(2, await RunAsync("excel", "read", Fixture("monthly"), "--out", Path.Combine(folder, "x.csv"), flag, value));
        Assert.Contains(expected, errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_NoOut_Exit2()
    {
        Assert.Equal(2, await RunAsync("excel", "read", Fixture("messy.xlsx")));
        Assert.Contains("--out is required", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_PasswordProtectedFile_Exit2AndNothingWritten()
    {
        var csv = Path.Combine(folder, "x.csv");
        Assert.Equal(2, await RunAsync("excel", "read", Fixture("protected.xlsx"), "--out", csv));
        Assert.Contains("is password-protected", errors.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(csv));
    }

    private static string Fixture(string name) => Path.Combine(Fixtures, name);

    private async Task<int> RunAsync(params string[] args)
    {
        var root = new RootCommand { ExcelCommand.Create(output, errors) };
        return await root.Parse(args).InvokeAsync();
    }
}
