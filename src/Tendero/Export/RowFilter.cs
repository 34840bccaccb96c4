namespace Tendero.Export;

/// <summary>Which rows an export takes: one business (or all), optionally a time window, with or without secret columns.</summary>
/// <param name="SinceMs">Rows dated at or after this Unix millisecond (by created_at, else at); tables without either are taken whole.</param>
/// <param name="UntilMs">Rows dated before this Unix millisecond.</param>
/// <param name="IncludeSecrets">Secret columns (see <see cref="SecretColumns"/>) with their values.</param>
public sealed record RowFilter(string? BusinessId, long? SinceMs = null, long? UntilMs = null, bool IncludeSecrets = false)
{
    /// <summary>What stands in a redacted secret column.</summary>
    public const string RedactedValue = "<redacted>";

    /// <summary>
    /// Without secrets, keep secret columns but put <see cref="RedactedValue"/> in them (null when not text), instead of
    /// leaving them out. The exit kit does this so an import fills a NOT NULL column (a user's password hash becomes
    /// one that matches no password: the person sets a new one).
    /// </summary>
    public bool RedactSecretColumns { get; init; }

    public IReadOnlyList<ColumnInfo> ColumnsOf(TableInfo table) =>
        IncludeSecrets || RedactSecretColumns ? table.Columns : table.Columns.Where(c => !c.IsSecret).ToList();

    /// <summary>Whether <paramref name="column"/>'s values are replaced by <see cref="RedactedValue"/>.</summary>
    public bool Redacts(ColumnInfo column) => column.IsSecret && !IncludeSecrets;
}
