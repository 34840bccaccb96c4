namespace Tendero.Connectors.Excel;

/// <summary>
/// Reads a detected table into canonical columns. With a <see cref="ColumnMap"/>, each source column goes to the canonical
/// column its header means (a merged "Group / Sub" header also matches by its sub-header); without one, a column keeps
/// its header as a snake_case name. A cell that does not fit its column's type, or a missing required value, makes the
/// row a <see cref="RowProblem"/> with the reason; nothing is dropped without a word.
/// </summary>
public static class TableNormaliser
{
    public static TableReading Read(DetectedTable table, ColumnMap? map)
    {
        var bindings = new List<ColumnBinding>();
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = table.Columns[i];
            var canonical = map is null ? ColumnNames.Snake(column.Name, column.SourceColumn) : map.Canonical(column.Name) ?? map.Canonical(column.Name.Split(" / ")[^1]);
            if (canonical is null)
            {
                bindings.Add(new ColumnBinding(column.Name, column.SourceColumn, null, "not in the map"));
            }
            else if (used.TryGetValue(canonical, out var first))
            {
                bindings.Add(new ColumnBinding(column.Name, column.SourceColumn, null, $"{canonical} already comes from column {table.Columns[first].SourceColumn}"));
            }
            else
            {
                used[canonical] = i;
                bindings.Add(new ColumnBinding(column.Name, column.SourceColumn, canonical, null));
            }
        }
        var required = map?.Required ?? [];
        var skipped = used.Count == 0 ? "no column matches the map"
            : required.Where(r => !used.ContainsKey(r)).ToList() is { Count: > 0 } missing ? $"no column for required {string.Join(", ", missing)}"
            : null;
        if (skipped is not null)
        {
            return new TableReading(bindings, [], [], skipped);
        }
        var (rows, problems) = (new List<NormalisedRow>(), new List<RowProblem>());
        foreach (var row in table.Rows)
        {
            var (values, reasons) = (new Dictionary<string, NormalisedCell>(StringComparer.Ordinal), new List<string>());
            foreach (var (canonical, i) in used)
            {
                var (cell, type) = (row.Cells[i], table.Columns[i].Type);
                var (value, problem) = cell.As(type);
                if (problem is not null)
                {
                    reasons.Add($"{canonical} '{cell.Raw}' {problem}");
                }
                else if (value is not null)
                {
                    values[canonical] = new NormalisedCell(value, type is ColumnType.Number or ColumnType.Integer);
                }
            }
            reasons.AddRange(required.Where(r => !values.ContainsKey(r) && !reasons.Any(x => x.StartsWith(r + " '", StringComparison.Ordinal)))
                .Select(r => $"row has no value for required column {r}"));
            if (reasons.Count == 0 && values.Count == 0)
            {
                reasons.Add("row has no value in any mapped column");
            }
            if (reasons.Count > 0)
            {
                problems.Add(new RowProblem(row.Number, string.Join("; ", reasons)));
            }
            else
            {
                rows.Add(new NormalisedRow(row.Number, values));
            }
        }
        return new TableReading(bindings, rows, problems, null);
    }
}
