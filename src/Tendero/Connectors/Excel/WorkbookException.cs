namespace Tendero.Connectors.Excel;

/// <summary>A workbook that cannot be written as asked; the message names the file and says what to do.</summary>
public sealed class WorkbookException(string message, Exception? inner = null) : Exception(message, inner);
