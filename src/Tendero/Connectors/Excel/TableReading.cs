namespace Tendero.Connectors.Excel;

/// <summary>How one source column was used: the canonical column it feeds, or a note saying why it was left out.</summary>
public sealed record ColumnBinding(string Header, string SourceColumn, string? Canonical, string? Note);

/// <summary>A normalised value, and whether it is a number (numbers are written as they are; text is guarded against formulas).</summary>
public readonly record struct NormalisedCell(string Text, bool IsNumber);

/// <summary>A row that was read: its sheet row number and its values by canonical column.</summary>
public sealed record NormalisedRow(int Row, IReadOnlyDictionary<string, NormalisedCell> Values);

/// <summary>A row that was not read, and why ("fecha '31/02/2026' is not a date").</summary>
public sealed record RowProblem(int Row, string Reason);

/// <summary>One table read through a map: the bindings used, the rows read, the rows skipped, or why the whole table was skipped.</summary>
public sealed record TableReading(IReadOnlyList<ColumnBinding> Bindings, IReadOnlyList<NormalisedRow> Rows, IReadOnlyList<RowProblem> Problems, string? Skipped);
