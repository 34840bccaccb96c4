namespace Tendero.Connectors.Excel;

/// <summary>
/// A column's type from its data: the kind that at least 80% of its non-empty cells share, so one typo ("pendiente" in
/// an amount column) does not turn a number column into text; that cell is reported when the column is read.
/// </summary>
internal static class ColumnTypes
{
    private const double Share = 0.8;

    public static ColumnType Infer(IEnumerable<CellValue> cells)
    {
        var kinds = cells.Where(c => !c.IsEmpty).Select(c => c.Kind).ToList();
        if (kinds.Count == 0)
        {
            return ColumnType.Empty;
        }
        bool Most(Func<CellKind, bool> fits) => kinds.Count(fits) >= Share * kinds.Count;
        if (Most(k => k == CellKind.Date))
        {
            return ColumnType.Date;
        }
        if (Most(k => k is CellKind.Integer or CellKind.Number))
        {
            return kinds.Contains(CellKind.Number) ? ColumnType.Number : ColumnType.Integer;
        }
        return Most(k => k == CellKind.Boolean) ? ColumnType.Boolean : ColumnType.Text;
    }
}
