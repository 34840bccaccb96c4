using System.Globalization;
using ExcelDataReader;

namespace Tendero.Connectors.Excel;

/// <summary>Reads the current sheet of an <see cref="IExcelDataReader"/> into a <see cref="SheetGrid"/>, within the row and column limits.</summary>
internal static class SheetLoader
{
    public static (SheetGrid Grid, IReadOnlyList<string> Warnings) Load(IExcelDataReader reader, ExcelReadOptions options)
    {
        var warnings = new List<string>();
        var rows = new List<CellValue[]>();
        var columns = Math.Min(reader.FieldCount, options.MaxColumns);
        if (reader.FieldCount > options.MaxColumns)
        {
            warnings.Add($"only the first {options.MaxColumns} columns were read (the sheet has {reader.FieldCount})");
        }
        while (reader.Read())
        {
            if (rows.Count == options.MaxRows)
            {
                warnings.Add($"only the first {options.MaxRows.ToString(CultureInfo.InvariantCulture)} rows were read");
                break;
            }
            rows.Add(ReadRow(reader, Math.Min(columns, reader.FieldCount), options.DateOrder));
        }
        // Trailing blank rows carry nothing; drop them so the sheet's size is its used area.
        while (rows.Count > 0 && rows[^1].Length == 0)
        {
            rows.RemoveAt(rows.Count - 1);
        }
        var merges = (reader.MergeCells ?? []).Select(m => new Merge(m.FromRow, m.FromColumn, m.ToRow, m.ToColumn));
        return (new SheetGrid(reader.Name ?? "", rows, merges), warnings);
    }

    private static CellValue[] ReadRow(IExcelDataReader reader, int columns, DateOrder order)
    {
        var last = -1;
        var cells = new CellValue[columns];
        for (var i = 0; i < columns; i++)
        {
            var value = reader.GetValue(i);
            cells[i] = value is null ? CellValue.Empty : CellParser.Parse(value, reader.GetNumberFormatString(i), order);
            if (!cells[i].IsEmpty)
            {
                last = i;
            }
        }
        return last == columns - 1 ? cells : cells[..(last + 1)];
    }
}
