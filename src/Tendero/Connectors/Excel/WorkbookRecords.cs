namespace Tendero.Connectors.Excel;

/// <summary>The file kinds we read: Office Open XML and legacy BIFF (Excel 97-2003).</summary>
public enum WorkbookFormat { Xlsx, Xls }

/// <summary>What a column holds, inferred from its data rows (not its header).</summary>
#pragma warning disable CA1720 // the names are what inspect prints ("integer", "boolean"), as owners understand them
public enum ColumnType { Empty, Text, Integer, Number, Date, Boolean }
#pragma warning restore CA1720

/// <summary>How a text date like 03/04/2025 is read: day first (Latin America, Spain) or month first (United States).</summary>
public enum DateOrder { Dmy, Mdy }

/// <summary>A workbook as found: every sheet and the tables detected on it.</summary>
public sealed record Workbook(string File, WorkbookFormat Format, IReadOnlyList<SheetTables> Sheets);

/// <summary>One sheet's tables, and anything about the sheet a person should know (a sheet cut short, for example).</summary>
public sealed record SheetTables(string Name, IReadOnlyList<DetectedTable> Tables, IReadOnlyList<string> Warnings);

/// <summary>
/// A table found on a sheet. Rows are 1-based sheet row numbers; <see cref="Range"/> runs from the header row to the last
/// data or footer row. Footers (totals) and the text above the table (titles, notes) are reported, not read as data.
/// </summary>
public sealed record DetectedTable(
    string Range,
    int HeaderRow,
    int FirstDataRow,
    int LastDataRow,
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<TableRow> Rows,
    IReadOnlyList<FooterRow> Footers,
    IReadOnlyList<SheetNote> Notes);

/// <summary>A column: its unique name (from the header, "Group / Sub" under a merged group header), inferred type and sheet column letter.</summary>
public sealed record TableColumn(string Name, ColumnType Type, string SourceColumn);

/// <summary>A data row: its sheet row number and one cell per table column, in column order.</summary>
public sealed record TableRow(int Number, IReadOnlyList<CellValue> Cells);

/// <summary>A totals row under a table ("Total", "TOTAL GENERAL", "Suma"), left out of the data.</summary>
public sealed record FooterRow(int Row, string Label);

/// <summary>Text near a table that is not part of it: a title, a note, a signature line.</summary>
public sealed record SheetNote(int Row, string Text);
