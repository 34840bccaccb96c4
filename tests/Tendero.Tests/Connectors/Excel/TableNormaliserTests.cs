using Tendero.Connectors.Excel;

namespace Tendero.Tests.Connectors.Excel;

/// <summary>Drifting headers mapped to canonical columns, and rows that cannot be read reported with the reason.</summary>
public sealed class TableNormaliserTests
{
    private static readonly ColumnMap Map = ColumnMap.Load(ExcelFixtures.File("deliveries-map.yaml"));

    [Theory]
    [InlineData("CLIENTE ", "cliente")]
    [InlineData("Nombre del  Cliente", "cliente")]
    [InlineData("Customer", "cliente")]
    [InlineData("Dirección de Entrega", "direccion")]
    [InlineData("Total $", "monto")]
    [InlineData("Observaciones", null)]
    public void Canonical_HeaderSpelling_IgnoresCaseAccentsAndSpaces(string header, string? expected) => Assert.Equal(expected, Map.Canonical(header));

    [Fact]
    public void Read_MonthWithImpossibleDate_RowReportedWithReason()
    {
        var reading = TableNormaliser.Read(Table("monthly/2025-02.xlsx"), Map);
        var problem = Assert.Single(reading.Problems);
        Assert.Equal(new RowProblem(9, "fecha '31/02/2025' is not a date"), problem);
        Assert.DoesNotContain(reading.Rows, r => r.Row == 9);
    }

    [Fact]
    public void Read_MissingRequiredValue_RowReported() =>
        Assert.Equal(new RowProblem(5, "row has no value for required column cliente"), Assert.Single(TableNormaliser.Read(Table("monthly/2025-09.xlsx"), Map).Problems));

    [Fact]
    public void Read_EnglishHeadersAndExtraColumn_MappedAndExtraLeftOut()
    {
        var reading = TableNormaliser.Read(Table("monthly/2025-03.xlsx"), Map);
        Assert.Equal(["fecha", "cliente", "direccion", "monto", "repartidor", null], reading.Bindings.Select(b => b.Canonical));
        Assert.Equal("not in the map", reading.Bindings[^1].Note);
        Assert.All(reading.Rows, r => Assert.Matches(@"^2025-03-\d\d$", r.Values["fecha"].Text));
    }

    [Fact]
    public void Read_NoMap_ColumnsKeepTheirSnakeCaseHeader()
    {
        var reading = TableNormaliser.Read(Table("monthly/2025-02.xlsx"), null);
        Assert.Equal(["nombre_del_cliente", "direccion", "fecha_de_entrega", "monto", "repartidor"], reading.Bindings.Select(b => b.Canonical));
    }

    [Fact]
    public void Read_RequiredColumnAbsentFromTable_TableSkippedWithReason()
    {
        var map = ColumnMap.Parse("columns: { cliente: [customer], telefono: [phone] }\nrequired: [telefono]", "test.yaml");
        Assert.Equal("no column for required telefono", TableNormaliser.Read(Table("monthly/2025-03.xlsx"), map).Skipped);
    }

    [Theory]
    [InlineData("columns: { a: [x], b: [X] }", "test.yaml: columns.b: \"X\" already means a")]
    [InlineData("columns: { a: [x] }\nrequired: [b]", "test.yaml: required: b is not under columns")]
    [InlineData("colums: { a: [x] }", "test.yaml: line 1")]
    [InlineData("", "test.yaml: columns: name at least one")]
    public void Parse_BadMap_ErrorNamesFileAndField(string yaml, string expected) =>
        Assert.StartsWith(expected, Assert.Throws<ColumnMapException>(() => ColumnMap.Parse(yaml, "test.yaml")).Message, StringComparison.Ordinal);

    private static DetectedTable Table(string file) => ExcelFixtures.Load(file).Sheets[0].Tables[0];
}
