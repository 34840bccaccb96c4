using System.Globalization;
using System.Xml.Linq;
using Tendero.Connectors.Csv;

namespace Tendero.Connectors.Excel;

/// <summary>The XML of the new worksheet: the header row, then the CSV rows as numbers, dates and inline strings (so sharedStrings.xml is not touched).</summary>
internal static class NewSheetXml
{
    public const int MaxCellText = 32767;

    public static byte[] Build(CsvTable table, LikeSheet like, StyleBook styles, bool date1904)
    {
        var main = PartXml.Main;
        var columns = table.Headers.Count;
        var dateStyles = new Dictionary<int, int?>();
        var rows = new List<XElement> { Row(1, table.Headers.Select((h, i) => InlineString(i + 1, 1, h, like.HeaderStyle(i + 1)))) };
        foreach (var (record, index) in table.Rows.Select((r, i) => (r, i)))
        {
            var number = index + 2;
            var cells = new List<XElement>();
            for (var c = 1; c <= columns; c++)
            {
                var text = record[c - 1];
                if (text.Length == 0)
                {
                    continue;
                }
                if (text.Length > MaxCellText)
                {
                    throw new WorkbookException($"Row {number}, column \"{table.Headers[c - 1]}\" has {text.Length} characters; Excel allows {MaxCellText} in a cell.");
                }
                var style = like.DataStyle(c);
                if (CsvCellKind.Date(text) is { } date)
                {
                    if (!dateStyles.TryGetValue(c, out var dateStyle))
                    {
                        dateStyle = dateStyles[c] = styles.DateStyle(style);
                    }
                    cells.Add(Value(c, number, ExcelDates.Serial(date, date1904), dateStyle));
                }
                else if (CsvCellKind.Number(text, table.Delimiter) is { } value)
                {
                    cells.Add(Value(c, number, value, style is { } s && !styles.IsDate(s) ? s : null));
                }
                else
                {
                    cells.Add(InlineString(c, number, text, style));
                }
            }
            rows.Add(Row(number, cells));
        }
        var lastColumn = CellRefs.Column(Math.Max(columns, 1));
        var sheet = new XElement(main + "worksheet",
            new XAttribute(XNamespace.Xmlns + "r", PartXml.Rel.NamespaceName),
            new XElement(main + "dimension", new XAttribute("ref", $"A1:{lastColumn}{table.Rows.Count + 1}")),
            new XElement(main + "sheetFormatPr", new XAttribute("defaultRowHeight", "15")),
            like.Columns ?? Widths(table),
            new XElement(main + "sheetData", rows),
            new XElement(main + "pageMargins", new XAttribute("left", "0.7"), new XAttribute("right", "0.7"), new XAttribute("top", "0.75"),
                new XAttribute("bottom", "0.75"), new XAttribute("header", "0.3"), new XAttribute("footer", "0.3")));
        return PartXml.Save(new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), sheet));
    }

    private static XElement Row(int number, IEnumerable<XElement> cells) =>
        new(PartXml.Main + "row", new XAttribute("r", number.ToString(CultureInfo.InvariantCulture)), cells);

    public static XElement InlineString(int column, int row, string text, int? style) =>
        new(PartXml.Main + "c", new XAttribute("r", CellRefs.Of(column, row)), Style(style), new XAttribute("t", "inlineStr"),
            new XElement(PartXml.Main + "is", new XElement(PartXml.Main + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), PartXml.CellText(text))));

    public static XElement Value(int column, int row, double value, int? style) =>
        new(PartXml.Main + "c", new XAttribute("r", CellRefs.Of(column, row)), Style(style),
            new XElement(PartXml.Main + "v", value.ToString("R", CultureInfo.InvariantCulture)));

    private static XAttribute? Style(int? style) => style is { } s and > 0 ? new XAttribute("s", s.ToString(CultureInfo.InvariantCulture)) : null;

    /// <summary>Without a like-sheet: each column as wide as its longest text (8-60 characters).</summary>
    private static XElement Widths(CsvTable table) =>
        new(PartXml.Main + "cols", table.Headers.Select((h, i) =>
        {
            var longest = table.Rows.Select(r => r[i].Length).Append(h.Length).Max();
            var width = Math.Clamp(longest + 2, 8, 60);
            var n = (i + 1).ToString(CultureInfo.InvariantCulture);
            return new XElement(PartXml.Main + "col", new XAttribute("min", n), new XAttribute("max", n),
                new XAttribute("width", width.ToString(CultureInfo.InvariantCulture)), new XAttribute("customWidth", "1"));
        }));
}
