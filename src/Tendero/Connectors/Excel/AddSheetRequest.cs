namespace Tendero.Connectors.Excel;

/// <summary>Add a sheet named <paramref name="SheetName"/> to <paramref name="WorkbookPath"/> from <paramref name="CsvPath"/>, styled like <paramref name="LikeSheet"/> when given.</summary>
public sealed record AddSheetRequest(string WorkbookPath, string SheetName, string CsvPath, string? LikeSheet = null);
