namespace Tendero.Connectors.Sheets;

/// <summary>
/// A tab of a Google Sheet as an <see cref="ISheetTab"/>: each call goes to the API at once (the maintainer's tool and
/// reads). Background writes go through <see cref="SheetWriter"/> instead, which batches them under the quota.
/// </summary>
public sealed class GoogleSheetTab(GoogleSheet sheet, string name) : ISheetTab
{
    public string Name => name;

    public Task<IReadOnlyList<string>> HeadersAsync(CancellationToken ct) => sheet.HeadersAsync(name, refresh: true, ct);

    public async Task<IReadOnlyList<SheetRow>> ReadAsync(CancellationToken ct)
    {
        var names = await sheet.HeadersAsync(name, refresh: true, ct);
        var range = await sheet.Client.GetAsync(A1.Columns(name, names.Count), ct);
        var rows = new List<SheetRow>();
        var values = range.Values ?? [];
        for (var r = 1; r < values.Count; r++)
        {
            var cells = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var c = 0; c < names.Count; c++)
            {
                if (names[c].Length > 0)
                {
                    cells.TryAdd(names[c], c < values[r].Count ? CellValue.Display(values[r][c]) : "");
                }
            }
            rows.Add(new SheetRow(r + 1, cells));
        }
        return rows;
    }

    public async Task AppendAsync(IReadOnlyDictionary<string, object?> values, CancellationToken ct)
    {
        var names = await KnownHeadersAsync(values.Keys, ct);
        await sheet.AppendAsync(name, names, [sheet.Row(name, names, values)], ct);
    }

    public async Task<bool> UpdateAsync(string keyColumn, string key, IReadOnlyDictionary<string, object?> values, CancellationToken ct)
    {
        var names = await KnownHeadersAsync(values.Keys.Append(keyColumn), ct);
        var rows = (await sheet.KeyRowsAsync(name, names, [keyColumn], ct))[keyColumn];
        if (!rows.TryGetValue(key.Trim(), out var row))
        {
            return false;
        }
        if (values.Count > 0)
        {
            await sheet.UpdateAsync(sheet.Cells(name, names, row, values).ToList(), ct);
        }
        return true;
    }

    private async Task<IReadOnlyList<string>> KnownHeadersAsync(IEnumerable<string> wanted, CancellationToken ct)
    {
        var list = wanted.ToList();
        var names = await sheet.HeadersForAsync(name, list, ct);
        if (list.FirstOrDefault(w => GoogleSheet.IndexOf(names, w) < 0) is { } unknown)
        {
            throw new ArgumentException($"The tab '{name}' has no column '{unknown}'; its headers are {string.Join(", ", names.Where(n => n.Length > 0))}.");
        }
        return names;
    }
}
