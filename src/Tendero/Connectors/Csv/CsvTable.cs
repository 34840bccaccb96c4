using System.Text;

namespace Tendero.Connectors.Csv;

/// <summary>A CSV file as read: its header names, its data rows (each as long as the header), and what was detected.</summary>
public sealed record CsvTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, Encoding Encoding, char Delimiter);
