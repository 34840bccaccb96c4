using System.Text.RegularExpressions;

namespace Tendero.Connectors.Excel;

/// <summary>
/// Reads one table from its header row down. A merged group header over a row of sub-headers makes a two-row header
/// ("Ventas / Enero"). Data runs until two blank rows in a row, a totals footer (reported, not read), or — after a
/// blank row — a row that looks like another header. Columns beyond the header that hold data are kept, named by letter.
/// </summary>
internal static partial class TableBuilder
{
    public static (DetectedTable Table, int Next) Build(SheetGrid grid, Block block, int header, IReadOnlyList<SheetNote> notes)
    {
        var (left, right) = Span(grid, block, header);
        var twoRow = IsSubHeader(grid, header, header + 1, left, right, block.Bottom);
        if (twoRow)
        {
            var (subLeft, subRight) = Span(grid, block, header + 1);
            (left, right) = (Math.Min(left, subLeft), Math.Max(right, subRight));
        }
        var start = header + (twoRow ? 2 : 1);
        var (dataRows, footers, next) = Walk(grid, block, start, left, right);
        foreach (var r in dataRows)
        {
            // Data to the left or right of the header (an unlabelled column) is kept rather than dropped.
            for (var c = block.Left; c < left; c++)
            {
                left = grid[r, c].IsEmpty ? left : c;
            }
            for (var c = block.Right; c > right; c--)
            {
                right = grid[r, c].IsEmpty ? right : c;
            }
        }
        var columns = new List<TableColumn>();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var c = left; c <= right; c++)
        {
            var name = Unique(Name(grid, header, twoRow, c), used);
            var type = ColumnTypes.Infer(dataRows.Select(r => grid[r, c]));
            columns.Add(new TableColumn(name, type, ColumnNames.Letter(c)));
        }
        var rows = dataRows.Select(r => new TableRow(r + 1, Enumerable.Range(left, right - left + 1).Select(c => grid[r, c]).ToList())).ToList();
        var last = Math.Max(Math.Max(start - 1, dataRows.LastOrDefault(-1)), footers.Count > 0 ? footers[^1].Row - 1 : -1);
        var range = $"{ColumnNames.Letter(left)}{header + 1}:{ColumnNames.Letter(right)}{last + 1}";
        var table = new DetectedTable(range, header + 1, start + 1, dataRows.Count > 0 ? dataRows[^1] + 1 : start, columns, rows, footers, notes);
        return (table, next);
    }

    private static (List<int> Data, List<FooterRow> Footers, int Next) Walk(SheetGrid grid, Block block, int start, int left, int right)
    {
        var (data, footers, blanks) = (new List<int>(), new List<FooterRow>(), 0);
        var r = start;
        for (; r <= block.Bottom; r++)
        {
            if (grid.IsBlank(r, left, right))
            {
                if (++blanks >= 2)
                {
                    return (data, footers, r + 1);
                }
                continue;
            }
            var first = Enumerable.Range(left, right - left + 1).Select(c => grid[r, c]).First(v => !v.IsEmpty);
            var hasDate = Enumerable.Range(left, right - left + 1).Any(c => grid[r, c].Kind == CellKind.Date);
            if (first.Kind == CellKind.Text && FooterLabels.IsFooter(first.Raw, hasDate))
            {
                footers.Add(new FooterRow(r + 1, first.Raw));
                blanks = 0;
                continue;
            }
            if (footers.Count > 0 || (blanks > 0 && data.Count > 0 && LooksLikeHeader(grid, r, left, right)))
            {
                return (data, footers, r);
            }
            data.Add(r);
            blanks = 0;
        }
        return (data, footers, r);
    }

    private static bool LooksLikeHeader(SheetGrid grid, int row, int left, int right)
    {
        var cells = Enumerable.Range(left, right - left + 1).Select(c => grid[row, c]).Where(v => !v.IsEmpty).ToList();
        return cells.Count >= 2 && cells.Count * 10 >= (right - left + 1) * 6 && cells.All(v => v.Kind == CellKind.Text);
    }

    private static (int Left, int Right) Span(SheetGrid grid, Block block, int row)
    {
        var filled = Enumerable.Range(block.Left, block.Right - block.Left + 1).Where(c => grid.Filled(row, c)).ToList();
        return filled.Count == 0 ? (block.Left, block.Left) : (filled[0], filled[^1]);
    }

    /// <summary>The row under the header is a sub-header when the header has a merged group cell and the row under it is text under that group.</summary>
    private static bool IsSubHeader(SheetGrid grid, int header, int row, int left, int right, int bottom)
    {
        if (row > bottom || !grid.Merges.Any(m => m.Top == header && m.Horizontal && m.Right >= left && m.Left <= right))
        {
            return false;
        }
        var cells = Enumerable.Range(left, right - left + 1).Where(c => !grid[row, c].IsEmpty).ToList();
        return cells.Count > 0 && cells.All(c => grid[row, c].Kind == CellKind.Text && !IsOwnHeaderCell(grid, header, c));
    }

    // A sub-header sits under a merged group or under nothing; under a plain header cell it would be data.
    private static bool IsOwnHeaderCell(SheetGrid grid, int header, int column) =>
        !grid[header, column].IsEmpty && grid.MergeAt(header, column) is not { Horizontal: true };

    private static string Name(SheetGrid grid, int header, bool twoRow, int column)
    {
        var top = HeaderText(grid, header, column);
        var sub = twoRow ? HeaderText(grid, header + 1, column) : "";
        return (top, sub) switch
        {
            ({ Length: > 0 }, { Length: > 0 }) when top != sub => $"{top} / {sub}",
            ({ Length: > 0 }, _) => top,
            (_, { Length: > 0 }) => sub,
            _ => "column_" + ColumnNames.Letter(column),
        };
    }

    /// <summary>The cell's text, or the text of the merged area covering it; line breaks and runs of spaces become one space.</summary>
    private static string HeaderText(SheetGrid grid, int row, int column)
    {
        var value = grid[row, column];
        if (value.IsEmpty && grid.MergeAt(row, column) is { } m)
        {
            value = grid[m.Top, m.Left];
        }
        return Spaces().Replace(value.Raw, " ").Trim();
    }

    private static string Unique(string name, HashSet<string> used)
    {
        var candidate = name;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = $"{name} ({n})";
        }
        return candidate;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
