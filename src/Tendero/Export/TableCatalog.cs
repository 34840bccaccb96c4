using System.Data.Common;
using Dapper;
using Tendero.Storage;

namespace Tendero.Export;

/// <summary>
/// Every table of the database, found from the schema at run time (<c>sqlite_master</c> and <c>PRAGMA table_info</c>,
/// or <c>information_schema</c> on PostgreSQL), so a table that a later migration adds is exported, put in the exit kit
/// and imported without a code change. <c>schema_migrations</c> is left out: an install keeps its own.
/// </summary>
public static class TableCatalog
{
    public const string MigrationsTable = "schema_migrations";

    public static Task<IReadOnlyList<TableInfo>> ReadAsync(IDatabase database, CancellationToken ct) =>
        database.ReadAsync(connection => ReadAsync(connection, database.Dialect, ct), ct);

    public static async Task<IReadOnlyList<TableInfo>> ReadAsync(DbConnection connection, Dialect dialect, CancellationToken ct)
    {
        var raw = dialect == Dialect.Sqlite ? await SqliteAsync(connection, ct) : await PostgresAsync(connection, ct);
        raw = raw.Where(t => t.Name != MigrationsTable).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var scoped = raw.Where(t => t.Columns.Any(c => c.Name == "business_id")).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        return raw.Select(t => t with { Scope = ScopeOf(t, scoped, raw) }).ToList();
    }

    // A table without business_id belongs to a business through a column named after a business-scoped table
    // (chain_events.chain_id -> chains, agent_work.event_id -> events), or because a business table points at its id
    // (user_roles.user_id -> users: a business's kit takes its own users, not every business's).
    private static TableScope ScopeOf(TableInfo table, HashSet<string> scoped, List<TableInfo> all)
    {
        if (scoped.Contains(table.Name))
        {
            return new TableScope(true, null, null);
        }
        foreach (var column in table.Columns.Where(c => c.Name.EndsWith("_id", StringComparison.Ordinal)))
        {
            var stem = column.Name[..^3];
            var parent = new[] { stem + "s", stem + "es", stem }.FirstOrDefault(scoped.Contains);
            if (parent is not null)
            {
                return new TableScope(false, column.Name, parent);
            }
        }
        if (table.Column("id") is not null)
        {
            foreach (var stem in new[] { table.Name[..^1], table.Name.Length > 2 ? table.Name[..^2] : table.Name }.Where(s => table.Name.EndsWith('s')))
            {
                var link = all.FirstOrDefault(t => scoped.Contains(t.Name) && t.Column(stem + "_id") is not null);
                if (link is not null)
                {
                    return TableScope.Global with { LinkTable = link.Name, LinkColumn = stem + "_id" };
                }
            }
        }
        return TableScope.Global;
    }

    private static async Task<List<TableInfo>> SqliteAsync(DbConnection connection, CancellationToken ct)
    {
        var names = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", cancellationToken: ct));
        var tables = new List<TableInfo>();
        foreach (var name in names)
        {
            var columns = (await connection.QueryAsync<(long Cid, string Name, string Type, long Pk)>(
                new CommandDefinition("SELECT cid, name, type, pk FROM pragma_table_info(@name)", new { name }, cancellationToken: ct))).ToList();
            tables.Add(new TableInfo(
                name,
                columns.OrderBy(c => c.Cid).Select(c => Column(c.Name, c.Type)).ToList(),
                columns.Where(c => c.Pk > 0).OrderBy(c => c.Pk).Select(c => c.Name).ToList(),
                TableScope.Global));
        }
        return tables;
    }

    private static async Task<List<TableInfo>> PostgresAsync(DbConnection connection, CancellationToken ct)
    {
        var columns = await connection.QueryAsync<(string Table, string Column, string Type)>(new CommandDefinition("""
            SELECT c.table_name, c.column_name, c.data_type
            FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
            ORDER BY c.table_name, c.ordinal_position
            """, cancellationToken: ct));
        var keys = (await connection.QueryAsync<(string Table, string Column)>(new CommandDefinition("""
            SELECT k.table_name, k.column_name
            FROM information_schema.table_constraints tc
            JOIN information_schema.key_column_usage k
              ON k.constraint_schema = tc.constraint_schema AND k.constraint_name = tc.constraint_name AND k.table_name = tc.table_name
            WHERE tc.table_schema = current_schema() AND tc.constraint_type = 'PRIMARY KEY'
            ORDER BY k.table_name, k.ordinal_position
            """, cancellationToken: ct))).ToLookup(k => k.Table, k => k.Column);
        return columns.GroupBy(c => c.Table)
            .Select(g => new TableInfo(g.Key, g.Select(c => Column(c.Column, c.Type)).ToList(), keys[g.Key].ToList(), TableScope.Global))
            .ToList();
    }

    public static ColumnInfo Column(string name, string declared)
    {
        var type = declared.ToUpperInvariant();
        var kind = type switch
        {
            _ when type.Contains("INT", StringComparison.Ordinal) || type.Contains("SERIAL", StringComparison.Ordinal) => ColumnKind.Whole,
            _ when type.Contains("BOOL", StringComparison.Ordinal) => ColumnKind.Flag,
            _ when type.Contains("REAL", StringComparison.Ordinal) || type.Contains("FLOA", StringComparison.Ordinal)
                || type.Contains("DOUB", StringComparison.Ordinal) || type.Contains("NUMERIC", StringComparison.Ordinal)
                || type.Contains("DECIMAL", StringComparison.Ordinal) => ColumnKind.Real,
            _ when type.Contains("BLOB", StringComparison.Ordinal) || type.Contains("BYTEA", StringComparison.Ordinal) => ColumnKind.Bytes,
            _ => ColumnKind.Text,
        };
        var isTime = kind == ColumnKind.Whole
            && (name == "at" || name.EndsWith("_at", StringComparison.Ordinal) || name.EndsWith("_until", StringComparison.Ordinal));
        return new ColumnInfo(name, kind, isTime, SecretColumns.IsSecret(name));
    }

    /// <summary>An identifier quoted for SQL (both databases use double quotes).</summary>
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
