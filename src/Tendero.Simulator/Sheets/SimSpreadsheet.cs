namespace Tendero.Simulator.Sheets;

/// <summary>One in-memory spreadsheet: tabs of cells, row-major. Callers hold <see cref="Gate"/>.</summary>
internal sealed class SimSpreadsheet
{
    public Lock Gate { get; } = new();

    public Dictionary<string, List<List<SimCell>>> Tabs { get; } = new(StringComparer.Ordinal);

    public List<List<SimCell>> Tab(string name) =>
        Tabs.TryGetValue(name, out var grid) ? grid : throw new FormatException($"Unable to parse range: no sheet named '{name}'");

    /// <summary>The cells of a range as the API returns them: trailing empty cells and rows left off.</summary>
    public List<List<string>> Read(SimA1Range range)
    {
        var grid = Tab(range.Tab);
        var rows = new List<List<string>>();
        for (var r = range.Row0; r < grid.Count && r <= range.Row1; r++)
        {
            var row = new List<string>();
            for (var c = range.Col0; c < grid[r].Count && c <= range.Col1; c++)
            {
                row.Add(grid[r][c].Display);
            }
            while (row.Count > 0 && row[^1].Length == 0)
            {
                row.RemoveAt(row.Count - 1);
            }
            rows.Add(row);
        }
        while (rows.Count > 0 && rows[^1].Count == 0)
        {
            rows.RemoveAt(rows.Count - 1);
        }
        return rows;
    }

    public void Write(string tab, int row, int col, SimCell cell)
    {
        var grid = Tab(tab);
        while (grid.Count <= row)
        {
            grid.Add([]);
        }
        while (grid[row].Count <= col)
        {
            grid[row].Add(SimCell.Empty);
        }
        grid[row][col] = cell;
    }

    /// <summary>The first row after the last one with anything in it (append's "after the table").</summary>
    public int NextRow(string tab)
    {
        var grid = Tab(tab);
        var last = grid.FindLastIndex(r => r.Any(c => c.Kind != "empty"));
        return last + 1;
    }
}
