using System.Globalization;
using System.Text;
using Dapper;
using Tendero.Export;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Export;

/// <summary>
/// Fills every table the schema has (whatever migrations added it) with rows for two businesses, from the columns'
/// kinds alone: text with accents, quotes, line breaks and formula starts, negative and large numbers, times, nulls.
/// A table another issue adds tomorrow is seeded, exported and round-tripped without this file changing.
/// </summary>
internal static class TableSeeder
{
    public const string Business = "la-fonda";
    public const string Other = "el-otro";

    private static readonly string[] Texts =
    [
        "¡Hola! ¿Mesa para 4 mañana a las 8? — Señora Núñez",
        "=HYPERLINK(\"http://evil.example\",\"clic\")",
        "@SUM(A1:A9)",
        "-5 porciones de ñame",
        "línea uno\r\nlínea \"dos\", con coma",
        "+50760001111",
        "",
    ];

    /// <summary>Seeds <paramref name="perBusiness"/> rows per business in each table; returns the rows per table.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> SeedAsync(IDatabase database, int perBusiness, CancellationToken ct)
    {
        var tables = await TableCatalog.ReadAsync(database, ct);
        var counts = new Dictionary<string, int>();
        // Parents first, so a child's parent ids exist (chain_events.chain_id -> chains).
        foreach (var table in tables.OrderBy(t => t.Scope.ParentTable is null ? 0 : 1))
        {
            var rows = new List<Dictionary<string, object?>>();
            foreach (var business in new[] { Business, Other })
            {
                var parents = table.Scope.ParentTable is { } parent ? await ParentIdsAsync(database, parent, business, ct) : [];
                for (var i = 0; i < perBusiness; i++)
                {
                    var n = rows.Count + 1;
                    rows.Add(table.Columns.ToDictionary(c => c.Name, c => Value(table, c, business, n, i, parents)));
                }
                if (table.Scope.IsGlobal)
                {
                    break; // a global table's rows belong to no business
                }
            }
            var sql = new StringBuilder("INSERT INTO ").Append(TableCatalog.Quote(table.Name)).Append(" (")
                .AppendJoin(", ", table.Columns.Select(c => TableCatalog.Quote(c.Name))).Append(") VALUES (")
                .AppendJoin(", ", table.Columns.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture))).Append(')').ToString();
            await database.WriteAsync(async (connection, transaction) =>
            {
                foreach (var row in rows)
                {
                    var p = new DynamicParameters();
                    foreach (var (column, i) in table.Columns.Select((c, i) => (c, i)))
                    {
                        p.Add("p" + i.ToString(CultureInfo.InvariantCulture), row[column.Name]);
                    }
                    await connection.ExecuteAsync(new CommandDefinition(sql, p, transaction, cancellationToken: ct));
                }
                return 0;
            }, ct);
            counts[table.Name] = rows.Count;
        }
        return counts;
    }

    private static Task<List<long>> ParentIdsAsync(IDatabase database, string parent, string business, CancellationToken ct) =>
        database.ReadAsync(async c => (await c.QueryAsync<long>(new CommandDefinition(
            $"SELECT id FROM {TableCatalog.Quote(parent)} WHERE business_id = @business ORDER BY id", new { business }, cancellationToken: ct))).ToList(), ct);

    private static object? Value(TableInfo table, ColumnInfo column, string business, int n, int i, List<long> parents)
    {
        if (column.Name == "business_id")
        {
            return business;
        }
        if (column.Name == table.Scope.ParentColumn)
        {
            return parents.Count == 0 ? 0L : parents[i % parents.Count];
        }
        if (table.PrimaryKey.Contains(column.Name) || column.Name.EndsWith("_id", StringComparison.Ordinal))
        {
            return column.Kind == ColumnKind.Whole ? n : $"{column.Name}-{n}";
        }
        // Every third optional-looking value is null, but never in a key or a NOT NULL column we cannot see: the
        // schema does not say NOT NULL here, so nulls go only into columns that end in _at other than created_at.
        return column.Kind switch
        {
            ColumnKind.Whole when column.IsTime => column.Name is "created_at" or "updated_at" or "at" or "run_at" or "next_at" or "reported_at" or "received_at" or "occurred_at"
                ? 1_790_000_000_000L + n * 3_600_000L + 123
                : n % 3 == 0 ? null : 1_790_000_000_000L + n * 60_000L,
            ColumnKind.Whole => n % 2 == 0 ? -n * 1_000_001L : n * 100_003L, // within INTEGER (int4 on PostgreSQL)
            ColumnKind.Real => n * -1.25,
            ColumnKind.Flag => n % 2 == 0,
            ColumnKind.Bytes => new byte[] { 0, 1, (byte)n },
            _ => $"{Texts[n % Texts.Length]} #{n}{(column.IsSecret ? " secreto-" + column.Name : "")}",
        };
    }
}
