using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Tendero.Config;

namespace Tendero.Connectors.Sheets;

/// <summary>
/// One Google spreadsheet as Tendero uses it: header rows cached per tab (read again when a write names a header the
/// cache does not know, since the owner may have added a column), rows found by a key column, and writes turned into
/// the fewest requests: one <c>values:batchUpdate</c> for cell updates and one <c>:append</c> for new rows.
/// </summary>
public sealed class GoogleSheet(SheetsClient client, SheetsConfig config)
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> headers = new(StringComparer.Ordinal);

    public SheetsClient Client => client;

    public SheetsConfig Config => config;

    /// <summary>The tab's header names in column order (trimmed); blank headers stay as "" so positions hold.</summary>
    public async Task<IReadOnlyList<string>> HeadersAsync(string tab, bool refresh, CancellationToken ct)
    {
        if (!refresh && headers.TryGetValue(tab, out var cached))
        {
            return cached;
        }
        var row = (await client.GetAsync(A1.HeaderRow(tab), ct)).Values?.FirstOrDefault() ?? [];
        var names = row.Select(c => CellValue.Display(c).Trim()).ToList();
        headers[tab] = names;
        return names;
    }

    /// <summary>The headers, read again once if <paramref name="wanted"/> names one the cache lacks. Missing names stay missing.</summary>
    public async Task<IReadOnlyList<string>> HeadersForAsync(string tab, IEnumerable<string> wanted, CancellationToken ct)
    {
        var known = await HeadersAsync(tab, refresh: false, ct);
        return wanted.All(w => IndexOf(known, w) >= 0) ? known : await HeadersAsync(tab, refresh: true, ct);
    }

    /// <summary>0-based column of a header, matched case-insensitively after trimming; -1 when absent.</summary>
    public static int IndexOf(IReadOnlyList<string> names, string header)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], header.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Each key column's values → the first sheet row (1-based) holding it, in one batchGet.</summary>
    public async Task<Dictionary<string, Dictionary<string, int>>> KeyRowsAsync(
        string tab, IReadOnlyList<string> names, IReadOnlyCollection<string> keyColumns, CancellationToken ct)
    {
        var columns = keyColumns.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var ranges = await client.BatchGetAsync(columns.Select(k => A1.WholeColumn(tab, IndexOf(names, k) + 1)), ct);
        var result = new Dictionary<string, Dictionary<string, int>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < columns.Count; i++)
        {
            var rows = new Dictionary<string, int>(StringComparer.Ordinal);
            var values = i < ranges.Count ? ranges[i].Values ?? [] : [];
            for (var r = 1; r < values.Count; r++) // row 1 is the header
            {
                rows.TryAdd(CellValue.Display(values[r].FirstOrDefault()).Trim(), r + 1);
            }
            result[columns[i]] = rows;
        }
        return result;
    }

    /// <summary>A row in header order; columns the values do not name are left empty.</summary>
    public List<JsonNode?> Row(string tab, IReadOnlyList<string> names, IReadOnlyDictionary<string, object?> values)
    {
        var row = names.Select(_ => (JsonNode?)JsonValue.Create("")).ToList();
        foreach (var (header, value) in values)
        {
            var index = IndexOf(names, header);
            row[index] = CellValue.ToJson(value, IsFormulaColumn(tab, header));
        }
        // Trailing empty cells are left off, as Sheets itself does.
        while (row.Count > 0 && row[^1] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length == 0)
        {
            row.RemoveAt(row.Count - 1);
        }
        return row;
    }

    /// <summary>One ValueRange per cell to set in the existing row <paramref name="rowNumber"/>.</summary>
    public IEnumerable<ValueRange> Cells(string tab, IReadOnlyList<string> names, int rowNumber, IReadOnlyDictionary<string, object?> values) =>
        values.Select(v => new ValueRange(A1.Cell(tab, IndexOf(names, v.Key) + 1, rowNumber),
            [[CellValue.ToJson(v.Value, IsFormulaColumn(tab, v.Key))]]));

    public Task AppendAsync(string tab, IReadOnlyList<string> names, List<List<JsonNode?>> rows, CancellationToken ct) =>
        client.AppendAsync(A1.Columns(tab, names.Count), rows, ct);

    public Task UpdateAsync(List<ValueRange> cells, CancellationToken ct) => client.BatchUpdateAsync(cells, ct);

    private bool IsFormulaColumn(string tab, string header) =>
        config.Tab(tab)?.FormulaColumns.Contains(header.Trim()) == true;
}
