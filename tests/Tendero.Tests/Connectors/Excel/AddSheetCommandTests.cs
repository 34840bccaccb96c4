using Microsoft.Extensions.Time.Testing;
using Tendero.Cli;

namespace Tendero.Tests.Connectors.Excel;

public sealed class AddSheetCommandTests : IDisposable
{
    private readonly XlsxFixtures files = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task AddSheet_Parsed_AddsAndReportsChangedParts()
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        var book = files.Copy("workbook.xlsx");
        var csv = files.Csv("rows.csv", "A,B\n1,x\n");

        var code = await ExcelAddSheetCommand.Create(output, errors, time).Parse([book, "--name", "Nueva", "--from", csv, "--like", "Clientes"]).InvokeAsync();

        Assert.Equal(0, code);
        Assert.Contains("Added sheet \"Nueva\" with 1 data row to", output.ToString());
        Assert.Contains("Changed: [Content_Types].xml, xl/_rels/workbook.xml.rels, xl/workbook.xml, xl/worksheets/sheet5.xml; every other part is as it was.", output.ToString());
        Assert.Empty(errors.ToString());
    }

    [Fact]
    public async Task AddSheet_DuplicateName_ExitsOneWithTheReason()
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        var book = files.Copy("workbook.xlsx");

        var code = await ExcelAddSheetCommand.Create(output, errors, time).Parse([book, "--name", "Resumen", "--from", files.Csv("rows.csv", "A\n1\n")]).InvokeAsync();

        Assert.Equal(1, code);
        Assert.Contains("already has a sheet named \"Resumen\"", errors.ToString());
    }

    public void Dispose() => files.Dispose();
}
