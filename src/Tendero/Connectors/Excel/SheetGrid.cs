namespace Tendero.Connectors.Excel;

/// <summary>A merged area of a sheet, 0-based and inclusive; the top-left cell holds the value.</summary>
internal readonly record struct Merge(int Top, int Left, int Bottom, int Right)
{
    public bool Contains(int row, int column) => row >= Top && row <= Bottom && column >= Left && column <= Right;

    public bool Horizontal => Right > Left;
}

/// <summary>
/// One sheet's cells, already parsed, with its merged areas (0-based indexes). A cell covered by a merge whose
/// top-left cell has a value counts as filled, so a merged header spans its columns.
/// </summary>
internal sealed class SheetGrid
{
    private readonly IReadOnlyList<CellValue[]> rows;
    private readonly bool[][] filled;

    public SheetGrid(string name, IReadOnlyList<CellValue[]> rows, IEnumerable<Merge> merges)
    {
        (Name, this.rows) = (name, rows);
        ColumnCount = rows.Count == 0 ? 0 : rows.Max(r => r.Length);
        var width = ColumnCount;
        filled = rows.Select(r => Enumerable.Range(0, width).Select(c => c < r.Length && !r[c].IsEmpty).ToArray()).ToArray();
        Merges = merges.Select(m => m with { Bottom = Math.Min(m.Bottom, RowCount - 1), Right = Math.Min(m.Right, ColumnCount - 1) })
            .Where(m => m.Top <= m.Bottom && m.Left <= m.Right && !this[m.Top, m.Left].IsEmpty).ToList();
        foreach (var m in Merges)
        {
            for (var r = m.Top; r <= m.Bottom; r++)
            {
                for (var c = m.Left; c <= m.Right; c++)
                {
                    filled[r][c] = true;
                }
            }
        }
    }

    public string Name { get; }

    public int RowCount => rows.Count;

    public int ColumnCount { get; }

    /// <summary>Merged areas whose top-left cell has a value, clipped to the sheet's used area.</summary>
    public IReadOnlyList<Merge> Merges { get; }

    public CellValue this[int row, int column] =>
        row >= 0 && row < rows.Count && column >= 0 && column < rows[row].Length ? rows[row][column] : CellValue.Empty;

    public bool Filled(int row, int column) =>
        row >= 0 && row < filled.Length && column >= 0 && column < filled[row].Length && filled[row][column];

    public Merge? MergeAt(int row, int column)
    {
        foreach (var m in Merges)
        {
            if (m.Contains(row, column))
            {
                return m;
            }
        }
        return null;
    }

    /// <summary>Whether a row has no values between two columns (inclusive).</summary>
    public bool IsBlank(int row, int left, int right)
    {
        for (var c = left; c <= right; c++)
        {
            if (!this[row, c].IsEmpty)
            {
                return false;
            }
        }
        return true;
    }
}
