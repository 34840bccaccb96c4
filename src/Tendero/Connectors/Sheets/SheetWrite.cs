namespace Tendero.Connectors.Sheets;

/// <summary>
/// A write to queue: append a row, or update the row whose <paramref name="KeyColumn"/> holds <paramref name="Key"/>.
/// <paramref name="DedupeKey"/> makes queuing the same write twice a no-op (an event handled again).
/// </summary>
public sealed record SheetWrite(
    string BusinessId, string Tab, SheetOp Op, IReadOnlyDictionary<string, object?> Values, string DedupeKey,
    string? KeyColumn = null, string? Key = null)
{
    public static SheetWrite Append(string businessId, string tab, IReadOnlyDictionary<string, object?> values, string dedupeKey) =>
        new(businessId, tab, SheetOp.Append, values, dedupeKey);

    public static SheetWrite Update(string businessId, string tab, string keyColumn, string key, IReadOnlyDictionary<string, object?> values, string dedupeKey) =>
        new(businessId, tab, SheetOp.Update, values, dedupeKey, keyColumn, key);
}

public enum SheetOp
{
    Append,
    Update,
}

/// <summary>A queued write as the writer claimed it, with the fence (lease token) its completion must match.</summary>
public sealed record ClaimedSheetWrite(long Id, long LeaseToken, long Attempts, SheetWrite Write);
