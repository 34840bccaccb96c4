namespace Tendero.Connectors.Sheets;

/// <summary>
/// Sends one tab's coalesced writes to a Google Sheet in at most four requests: the header row (only when the cache is
/// cold or a write names an unknown header), the key column(s) (only when there are updates), one
/// <c>values:batchUpdate</c> and one <c>:append</c>. An update whose key is not in the sheet is appended instead, so a
/// row deleted by hand comes back. A write naming a column the tab lacks is rejected on its own; the rest go ahead.
/// </summary>
public static class TabFlush
{
    public static async Task<TabFlushResult> RunAsync(GoogleSheet sheet, string tab, IReadOnlyList<RowWrite> writes, CancellationToken ct)
    {
        var result = new TabFlushResult();
        var pending = writes.ToList();
        try
        {
            var wanted = pending.SelectMany(w => w.Values.Keys.Concat(w.KeyColumn is null ? [] : [w.KeyColumn]));
            var names = await sheet.HeadersForAsync(tab, wanted, ct);
            foreach (var w in pending.ToList())
            {
                if (w.Values.Keys.Concat(w.KeyColumn is null ? [] : [w.KeyColumn]).FirstOrDefault(h => GoogleSheet.IndexOf(names, h) < 0) is { } unknown)
                {
                    result.Rejected.Add((w, $"the tab '{tab}' has no column '{unknown}'"));
                    pending.Remove(w);
                }
            }
            var updates = pending.Where(w => w.Op == SheetOp.Update).ToList();
            var cells = new List<ValueRange>();
            var updated = new List<RowWrite>();
            var appends = pending.Where(w => w.Op == SheetOp.Append).ToList();
            if (updates.Count > 0)
            {
                var keyRows = await sheet.KeyRowsAsync(tab, names, updates.Select(u => u.KeyColumn!).ToList(), ct);
                foreach (var u in updates)
                {
                    if (keyRows[u.KeyColumn!].TryGetValue(u.Key!.Trim(), out var row))
                    {
                        cells.AddRange(sheet.Cells(tab, names, row, u.Values));
                        updated.Add(u);
                    }
                    else
                    {
                        appends.Add(u with { Values = new Dictionary<string, object?>(u.Values, StringComparer.OrdinalIgnoreCase) { [u.KeyColumn!] = u.Key } });
                    }
                }
            }
            if (cells.Count > 0)
            {
                await sheet.UpdateAsync(cells, ct);
            }
            result.Done.AddRange(updated);
            pending.RemoveAll(updated.Contains);
            if (appends.Count > 0)
            {
                await sheet.AppendAsync(tab, names, appends.Select(a => sheet.Row(tab, names, a.Values)).ToList(), ct);
            }
            result.Done.AddRange(pending);
            pending.Clear();
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            result.Failed.AddRange(pending);
            result.Error = e;
        }
        return result;
    }
}

/// <summary>What one tab's flush did: rows written, rows refused for good, rows to try again (with the error).</summary>
public sealed class TabFlushResult
{
    public List<RowWrite> Done { get; } = [];

    public List<(RowWrite Write, string Reason)> Rejected { get; } = [];

    public List<RowWrite> Failed { get; } = [];

    public Exception? Error { get; set; }
}
