namespace Tendero.Export;

/// <summary>What a column holds, read from its declared type (the same words serve SQLite and PostgreSQL).</summary>
public enum ColumnKind
{
    Text,

    /// <summary>A whole number (INTEGER, BIGINT): Unix-millisecond times among them.</summary>
    Whole,
    Real,

    /// <summary>true or false (BOOLEAN).</summary>
    Flag,

    /// <summary>Raw bytes (BLOB, BYTEA), base64 in text formats.</summary>
    Bytes,
}

/// <summary>One column of a table as the schema describes it.</summary>
/// <param name="IsTime">An integer column of Unix milliseconds (named <c>*_at</c>, <c>at</c> or <c>*_until</c>): exports show it as ISO 8601.</param>
/// <param name="IsSecret">Named like a secret (see <see cref="SecretColumns"/>): left out unless secrets are asked for.</param>
public sealed record ColumnInfo(string Name, ColumnKind Kind, bool IsTime, bool IsSecret);

/// <summary>One table as the schema describes it, and how its rows belong to a business.</summary>
/// <param name="Scope">How rows are picked for one business: <c>business_id</c> on the row, through a parent table, or global.</param>
public sealed record TableInfo(string Name, IReadOnlyList<ColumnInfo> Columns, IReadOnlyList<string> PrimaryKey, TableScope Scope)
{
    /// <summary>For a view an export adds (not a table of the database): the SELECT it reads from.</summary>
    public string? FromSql { get; init; }

    public ColumnInfo? Column(string name) => Columns.FirstOrDefault(c => c.Name == name);

    /// <summary>The column that dates a row for --since/--until: created_at, else at; null when there is none.</summary>
    public string? TimeColumn => Column("created_at")?.Name ?? Column("at")?.Name;
}

/// <summary>How a table's rows belong to a business.</summary>
/// <param name="ParentColumn">For a child table, its column holding the parent's id (chain_events.chain_id).</param>
/// <param name="ParentTable">The business-scoped parent table (chains).</param>
public sealed record TableScope(bool HasBusinessId, string? ParentColumn, string? ParentTable)
{
    public static readonly TableScope Global = new(false, null, null);

    /// <summary>For a table that business rows point at (users, pointed at by user_roles.user_id): the business table.</summary>
    public string? LinkTable { get; init; }

    /// <summary>The business table's column that holds this table's id (user_roles.user_id).</summary>
    public string? LinkColumn { get; init; }

    public bool IsGlobal => !HasBusinessId && ParentTable is null && LinkTable is null;

    public string Describe() => HasBusinessId ? "business"
        : ParentTable is not null ? $"via {ParentColumn} -> {ParentTable}"
        : LinkTable is not null ? $"via {LinkTable}.{LinkColumn} -> id"
        : "global";
}
