using System.Globalization;
using System.Xml.Linq;
using Tendero.Connectors.Csv;
using Tendero.Connectors.Excel;

namespace Tendero.Connectors.Sheets;

/// <summary>Writes one value into a cell: numbers and dates as values (dates keep or get a date format), text as an inline string through the formula guard, formulas only in declared formula columns.</summary>
internal static class SheetValue
{
    private static readonly XNamespace Main = PartXml.Main;

    public static void Set(XElement cell, object? value, int? styleAbove, bool formulaColumn, SheetCells sheet)
    {
        var style = (int?)cell.Attribute("s") ?? styleAbove;
        cell.RemoveNodes();
        cell.Attribute("t")?.Remove();
        switch (value)
        {
            case null:
                break;
            case string text when formulaColumn && text.StartsWith('='):
                cell.Add(new XElement(Main + "f", text[1..]));
                break;
            case string text:
                cell.SetAttributeValue("t", "inlineStr");
                cell.Add(new XElement(Main + "is", new XElement(Main + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), PartXml.CellText(CellGuard.Guard(text)))));
                break;
            case bool flag:
                cell.SetAttributeValue("t", "b");
                cell.Add(new XElement(Main + "v", flag ? "1" : "0"));
                break;
            case DateOnly date:
                style = Number(cell, ExcelDates.Serial(date, sheet.Date1904), sheet.Styles.DateStyle(style));
                break;
            case DateTime dateTime:
                style = Number(cell, ExcelDates.Serial(dateTime, sheet.Date1904), sheet.Styles.DateStyle(style));
                break;
            case TimeOnly time:
                style = Number(cell, time.ToTimeSpan().TotalDays, style);
                break;
            case long or int or short or decimal or double or float:
                cell.Add(new XElement(Main + "v", Convert.ToString(value, CultureInfo.InvariantCulture)));
                break;
            default:
                throw new ArgumentException($"A sheet cell cannot hold a {value.GetType().Name}; use text, a number, a date or a boolean.");
        }
        if (style is > 0)
        {
            cell.SetAttributeValue("s", style.Value.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static int? Number(XElement cell, double value, int? style)
    {
        cell.Add(new XElement(Main + "v", value.ToString("R", CultureInfo.InvariantCulture)));
        return style;
    }
}
