using System.Xml.Linq;

namespace Tendero.Connectors.Excel;

/// <summary>What a new sheet borrows from an existing one: the header row's style per column, the first data row's style per column, and the column widths.</summary>
internal sealed record LikeSheet(IReadOnlyDictionary<int, int> HeaderStyles, IReadOnlyDictionary<int, int> DataStyles, XElement? Columns)
{
    public static readonly LikeSheet None = new(new Dictionary<int, int>(), new Dictionary<int, int>(), null);

    public static LikeSheet From(byte[] sheetXml, string part)
    {
        var root = PartXml.Load(sheetXml, part).Root;
        var rows = root?.Element(PartXml.Main + "sheetData")?.Elements(PartXml.Main + "row").Take(2).ToList() ?? [];
        var cols = root?.Element(PartXml.Main + "cols");
        return new LikeSheet(
            rows.Count > 0 ? Styles(rows[0]) : new Dictionary<int, int>(),
            rows.Count > 1 ? Styles(rows[1]) : new Dictionary<int, int>(),
            cols is null ? null : new XElement(cols));
    }

    /// <summary>The style for a header cell in this column: the like-sheet's header cell, or its first header cell's style for columns beyond.</summary>
    public int? HeaderStyle(int column) =>
        HeaderStyles.TryGetValue(column, out var s) ? s : HeaderStyles.Count > 0 ? HeaderStyles.MinBy(kv => kv.Key).Value : null;

    public int? DataStyle(int column) => DataStyles.TryGetValue(column, out var s) ? s : null;

    private static Dictionary<int, int> Styles(XElement row)
    {
        var styles = new Dictionary<int, int>();
        var column = 0;
        foreach (var cell in row.Elements(PartXml.Main + "c"))
        {
            column = (string?)cell.Attribute("r") is { } r ? CellRefs.ColumnOf(r) : column + 1;
            if ((int?)cell.Attribute("s") is { } s and > 0)
            {
                styles[column] = s;
            }
        }
        return styles;
    }
}
