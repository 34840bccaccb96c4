namespace Tendero.Connectors.Csv;

/// <summary>A CSV file that cannot be read as a table; the message names the file and line and says what to fix.</summary>
public sealed class CsvFileException(string message, Exception? inner = null) : Exception(message, inner);
