namespace Tendero.Connectors.Sheets;

/// <summary>
/// One tab of the business's spreadsheet (a Google Sheet, or a local .xlsx standing in for it), as rows keyed by the
/// header names in its first row, whatever the column order. Values going in are <c>string</c>, <c>long</c>,
/// <c>decimal</c>, <c>DateOnly</c>, <c>TimeOnly</c>, <c>DateTime</c>, <c>bool</c> or null; dates and numbers are written
/// as values so that the sheet's own formats apply, and text that starts like a formula is neutralised unless its
/// column is declared as a formula column.
/// </summary>
public interface ISheetTab
{
    string Name { get; }

    /// <summary>The header names, in the sheet's column order.</summary>
    Task<IReadOnlyList<string>> HeadersAsync(CancellationToken ct);

    /// <summary>Every data row (the header row left out), as the sheet shows them (formatted text).</summary>
    Task<IReadOnlyList<SheetRow>> ReadAsync(CancellationToken ct);

    /// <summary>Appends a row; values are matched to columns by header name. An unknown header name is an error naming it.</summary>
    Task AppendAsync(IReadOnlyDictionary<string, object?> values, CancellationToken ct);

    /// <summary>Finds the first row whose <paramref name="keyColumn"/> equals <paramref name="key"/> and sets the given cells. False when there is none.</summary>
    Task<bool> UpdateAsync(string keyColumn, string key, IReadOnlyDictionary<string, object?> values, CancellationToken ct);
}

/// <summary>A data row: its 1-based row number in the sheet, and its cells by header name.</summary>
public sealed record SheetRow(int Number, IReadOnlyDictionary<string, string> Values);
