namespace Tendero.Connectors.Sheets;

/// <summary>
/// Coalesces one tab's queued writes, in queue order, into the fewest row operations: every update of a row merges into
/// the first earlier write of that row (an append whose key cell holds the key, or an update of the same key), later
/// values winning. Ten status changes of one reservation become one row write; an append followed by its updates
/// becomes one appended row.
/// </summary>
public static class SheetBatch
{
    public static IReadOnlyList<RowWrite> Coalesce(IEnumerable<ClaimedSheetWrite> writes)
    {
        var result = new List<RowWrite>();
        foreach (var claimed in writes)
        {
            var w = claimed.Write;
            var target = w.Op == SheetOp.Update ? result.FirstOrDefault(r => r.Matches(w.KeyColumn!, w.Key!)) : null;
            if (target is null)
            {
                result.Add(new RowWrite(w.Op, w.KeyColumn, w.Key, new Dictionary<string, object?>(w.Values, StringComparer.OrdinalIgnoreCase), [claimed]));
                continue;
            }
            foreach (var (header, value) in w.Values)
            {
                target.Values[header] = value;
            }
            target.Sources.Add(claimed);
        }
        return result;
    }
}

/// <summary>One row operation after coalescing, and the queued writes it carries.</summary>
public sealed record RowWrite(SheetOp Op, string? KeyColumn, string? Key, Dictionary<string, object?> Values, List<ClaimedSheetWrite> Sources)
{
    public bool Matches(string keyColumn, string key) => Op == SheetOp.Update
        ? string.Equals(KeyColumn, keyColumn, StringComparison.OrdinalIgnoreCase) && string.Equals(Key?.Trim(), key.Trim(), StringComparison.Ordinal)
        : Values.TryGetValue(keyColumn, out var cell) && cell is not null && string.Equals(Text(cell), key.Trim(), StringComparison.Ordinal);

    private static string Text(object cell) => Convert.ToString(cell, System.Globalization.CultureInfo.InvariantCulture)?.Trim() ?? "";
}
