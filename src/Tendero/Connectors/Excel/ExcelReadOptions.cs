namespace Tendero.Connectors.Excel;

/// <summary>How workbooks are read. The limits keep a hostile or runaway file from exhausting memory; a sheet cut short says so.</summary>
public sealed record ExcelReadOptions
{
    /// <summary>How text dates are read; day first by default (Latin America).</summary>
    public DateOrder DateOrder { get; init; } = DateOrder.Dmy;

    /// <summary>Rows read per sheet (default 100 000); the rest are reported as not read.</summary>
    public int MaxRows { get; init; } = 100_000;

    /// <summary>Columns read per sheet (default 256, column IV).</summary>
    public int MaxColumns { get; init; } = 256;
}
