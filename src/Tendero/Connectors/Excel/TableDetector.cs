namespace Tendero.Connectors.Excel;

/// <summary>
/// Finds the tables on a sheet. Within each block of touching cells, the header row is the row among the next 20 with
/// the most text cells (at least two) and no numbers or dates, so titles and notes above it are passed over and
/// reported as notes. The table under it is read by <see cref="TableBuilder"/>; whatever follows in the block is
/// searched again, so a block may hold more than one table.
/// </summary>
internal static class TableDetector
{
    private const int HeaderSearchRows = 20;

    public static IReadOnlyList<DetectedTable> Detect(SheetGrid grid)
    {
        var tables = new List<DetectedTable>();
        foreach (var block in Blocks.Find(grid))
        {
            var found = new List<DetectedTable>();
            var cursor = block.Top;
            while (cursor <= block.Bottom && FindHeader(grid, block, cursor) is var header && header >= 0)
            {
                var (table, next) = TableBuilder.Build(grid, block, header, Notes(grid, block, cursor, header - 1));
                if (table.Rows.Count > 0 || table.Columns.Count >= 3)
                {
                    found.Add(table);
                }
                cursor = Math.Max(next, header + 1);
            }
            // Text after the last table in the block (a signature, a remark) belongs with that table's notes.
            if (found.Count > 0 && Notes(grid, block, cursor, block.Bottom) is { Count: > 0 } trailing)
            {
                found[^1] = found[^1] with { Notes = [.. found[^1].Notes, .. trailing] };
            }
            tables.AddRange(found);
        }
        return tables;
    }

    private static int FindHeader(SheetGrid grid, Block block, int from)
    {
        var (best, bestText) = (-1, 1);
        for (var r = from; r <= Math.Min(block.Bottom, from + HeaderSearchRows - 1); r++)
        {
            var (text, other) = (0, 0);
            for (var c = block.Left; c <= block.Right; c++)
            {
                var kind = grid[r, c].Kind;
                (text, other) = kind == CellKind.Text ? (text + 1, other) : kind == CellKind.Empty ? (text, other) : (text, other + 1);
            }
            if (other == 0 && text > bestText)
            {
                (best, bestText) = (r, text);
            }
        }
        return best;
    }

    private static List<SheetNote> Notes(SheetGrid grid, Block block, int top, int bottom)
    {
        var notes = new List<SheetNote>();
        for (var r = top; r <= bottom; r++)
        {
            var texts = Enumerable.Range(block.Left, block.Right - block.Left + 1).Select(c => grid[r, c]).Where(v => !v.IsEmpty).Select(v => v.Raw).ToList();
            if (texts.Count > 0)
            {
                notes.Add(new SheetNote(r + 1, string.Join(" | ", texts)));
            }
        }
        return notes;
    }
}
