using System.Globalization;
using System.Xml.Linq;
using ExcelNumberFormat;
using Tendero.Connectors.Excel;

namespace Tendero.Connectors.Sheets;

/// <summary>One worksheet's XML as rows of cells: reading a cell as the sheet shows it, and setting a cell in place.</summary>
internal sealed class SheetCells(XDocument document, IReadOnlyList<string> sharedStrings, StyleBook styles, bool date1904, CultureInfo culture)
{
    private static readonly XNamespace Main = PartXml.Main;
    private readonly XElement data = document.Root?.Element(PartXml.Main + "sheetData") ?? throw new WorkbookException("The sheet is damaged: it has no <sheetData>.");

    public StyleBook Styles => styles;

    public bool Date1904 => date1904;

    public IEnumerable<(int Number, XElement Row)> Rows()
    {
        var last = 0;
        foreach (var row in data.Elements(Main + "row"))
        {
            last = (int?)row.Attribute("r") ?? last + 1;
            yield return (last, row);
        }
    }

    public IEnumerable<(int Column, XElement Cell)> Cells(XElement row)
    {
        var last = 0;
        foreach (var cell in row.Elements(Main + "c"))
        {
            last = (string?)cell.Attribute("r") is { } r ? CellRefs.ColumnOf(r) : last + 1;
            yield return (last, cell);
        }
    }

    public int LastUsedRow() => Rows().Where(r => Cells(r.Row).Any(c => HasValue(c.Cell))).Select(r => r.Number).DefaultIfEmpty(0).Max();

    public static bool HasValue(XElement cell) => cell.Element(Main + "v") is not null || cell.Element(Main + "is") is not null || cell.Element(Main + "f") is not null;

    public XElement? Cell(int row, int column) =>
        Rows().FirstOrDefault(r => r.Number == row).Row is { } element ? Cells(element).FirstOrDefault(c => c.Column == column).Cell : null;

    /// <summary>The cell as the sheet shows it: shared or inline text, TRUE/FALSE, or the number through its number format.</summary>
    public string Text(XElement cell)
    {
        var value = (string?)cell.Element(Main + "v");
        switch ((string?)cell.Attribute("t"))
        {
            case "s":
                return int.TryParse(value, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < sharedStrings.Count ? sharedStrings[i] : "";
            case "inlineStr":
                return string.Concat(cell.Element(Main + "is")?.Descendants(Main + "t").Select(t => t.Value) ?? []);
            case "b":
                return value == "1" ? "TRUE" : "FALSE";
            case "str" or "e":
                return value ?? "";
        }
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return value ?? "";
        }
        var code = styles.FormatCode((int?)cell.Attribute("s") ?? 0);
        if (code is null or "General")
        {
            return number.ToString(culture);
        }
        var format = new NumberFormat(code);
        return format.IsValid ? format.Format(number, culture, date1904) : number.ToString(culture);
    }

    /// <summary>The cell at (row, column), created in column order (and its row in row order) when missing.</summary>
    public XElement Ensure(int row, int column)
    {
        var rowElement = Rows().FirstOrDefault(r => r.Number == row).Row;
        if (rowElement is null)
        {
            rowElement = new XElement(Main + "row", new XAttribute("r", row.ToString(CultureInfo.InvariantCulture)));
            var after = Rows().LastOrDefault(r => r.Number < row).Row;
            if (after is null)
            {
                data.AddFirst(rowElement);
            }
            else
            {
                after.AddAfterSelf(rowElement);
            }
        }
        rowElement.Attribute("spans")?.Remove();
        var existing = Cells(rowElement).FirstOrDefault(c => c.Column == column).Cell;
        if (existing is not null)
        {
            existing.SetAttributeValue("r", CellRefs.Of(column, row));
            return existing;
        }
        var cell = new XElement(Main + "c", new XAttribute("r", CellRefs.Of(column, row)));
        var before = Cells(rowElement).LastOrDefault(c => c.Column < column).Cell;
        if (before is null)
        {
            rowElement.AddFirst(cell);
        }
        else
        {
            before.AddAfterSelf(cell);
        }
        return cell;
    }

    public void UpdateDimension()
    {
        var dimension = document.Root?.Element(Main + "dimension");
        var rows = Rows().Where(r => Cells(r.Row).Any()).ToList();
        if (dimension is null || rows.Count == 0)
        {
            return;
        }
        var lastColumn = rows.SelectMany(r => Cells(r.Row)).Max(c => c.Column);
        var firstRow = rows.Min(r => r.Number);
        dimension.SetAttributeValue("ref", $"A{firstRow}:{CellRefs.Of(lastColumn, rows.Max(r => r.Number))}");
    }
}
