namespace Tendero.Connectors.Sheets;

/// <summary>
/// Applies coalesced writes to a tab that is not a Google Sheet (the local workbook), one row at a time, with the same
/// meaning as <see cref="TabFlush"/>: an update whose key is missing appends the row.
/// </summary>
public static class LocalFlush
{
    public static async Task<TabFlushResult> RunAsync(ISheetTab tab, IReadOnlyList<RowWrite> writes, CancellationToken ct)
    {
        var result = new TabFlushResult();
        foreach (var w in writes)
        {
            try
            {
                if (w.Op == SheetOp.Append || !await tab.UpdateAsync(w.KeyColumn!, w.Key!, w.Values, ct))
                {
                    var values = new Dictionary<string, object?>(w.Values, StringComparer.OrdinalIgnoreCase);
                    if (w.KeyColumn is not null)
                    {
                        values[w.KeyColumn] = w.Key;
                    }
                    await tab.AppendAsync(values, ct);
                }
                result.Done.Add(w);
            }
            catch (ArgumentException e)
            {
                result.Rejected.Add((w, e.Message));
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                result.Failed.AddRange(writes.SkipWhile(x => x != w));
                result.Error = e;
                break;
            }
        }
        return result;
    }
}
