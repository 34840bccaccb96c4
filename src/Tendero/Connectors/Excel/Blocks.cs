namespace Tendero.Connectors.Excel;

/// <summary>A rectangle of a sheet (0-based, inclusive) holding cells that touch one another.</summary>
internal readonly record struct Block(int Top, int Left, int Bottom, int Right);

/// <summary>
/// Splits a sheet into blocks of touching cells. Cells touch across one blank row (a table may have an empty row in
/// it) but not across an empty column, so a table one column beside another is its own block. Merged areas count as
/// filled, so a title merged over the table joins it, and the detector then reads it as a note.
/// </summary>
internal static class Blocks
{
    public static IReadOnlyList<Block> Find(SheetGrid grid)
    {
        var seen = new bool[grid.RowCount, Math.Max(grid.ColumnCount, 1)];
        var blocks = new List<Block>();
        var queue = new Queue<(int Row, int Column)>();
        for (var r = 0; r < grid.RowCount; r++)
        {
            for (var c = 0; c < grid.ColumnCount; c++)
            {
                if (seen[r, c] || !grid.Filled(r, c))
                {
                    continue;
                }
                var (top, left, bottom, right) = (r, c, r, c);
                seen[r, c] = true;
                queue.Enqueue((r, c));
                while (queue.TryDequeue(out var cell))
                {
                    (top, left) = (Math.Min(top, cell.Row), Math.Min(left, cell.Column));
                    (bottom, right) = (Math.Max(bottom, cell.Row), Math.Max(right, cell.Column));
                    for (var dr = -2; dr <= 2; dr++)
                    {
                        for (var dc = -1; dc <= 1; dc++)
                        {
                            var (nr, nc) = (cell.Row + dr, cell.Column + dc);
                            if (nr >= 0 && nc >= 0 && nr < grid.RowCount && nc < grid.ColumnCount && !seen[nr, nc] && grid.Filled(nr, nc))
                            {
                                seen[nr, nc] = true;
                                queue.Enqueue((nr, nc));
                            }
                        }
                    }
                }
                blocks.Add(new Block(top, left, bottom, right));
            }
        }
        return blocks.OrderBy(b => b.Top).ThenBy(b => b.Left).ToList();
    }
}
