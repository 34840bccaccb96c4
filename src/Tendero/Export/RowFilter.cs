namespace Tendero.Export;

/// <summary>Which rows an export takes: one business (or all), optionally a time window, with or without secret columns.</summary>
/// <param name="SinceMs">Rows dated at or after this Unix millisecond (by created_at, else at); tables without either are taken whole.</param>
/// <param name="UntilMs">Rows dated before this Unix millisecond.</param>
public sealed record RowFilter(string? BusinessId, long? SinceMs = null, long? UntilMs = null, bool IncludeSecrets = false)
{
    public IReadOnlyList<ColumnInfo> ColumnsOf(TableInfo table) =>
        IncludeSecrets ? table.Columns : table.Columns.Where(c => !c.IsSecret).ToList();
}
