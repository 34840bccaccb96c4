using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Dapper;
using Tendero.Storage;

namespace Tendero.Export;

/// <summary>One table restored: rows added, rows already there (same primary or unique key), and columns the install lacks.</summary>
public sealed record ImportedTable(string Table, long Added, long Skipped, IReadOnlyList<string> IgnoredColumns);

/// <summary>
/// <c>tendero import DIR</c>: restores an exit kit into this install (SQLite or PostgreSQL). It checks every file
/// against the manifest first, then inserts each table's JSON Lines with <c>ON CONFLICT DO NOTHING</c>, so running it
/// again adds nothing twice. Types come back as they were: times from ISO 8601 to Unix milliseconds, numbers as
/// numbers, text byte for byte. On PostgreSQL the id sequences are moved past the imported ids.
/// </summary>
public static class KitImporter
{
    private const int Batch = 500;

    public static async Task<IReadOnlyList<ImportedTable>> ImportAsync(IDatabase database, string folder, IProgress<ExportProgress>? progress, CancellationToken ct)
    {
        var manifest = KitManifest.Read(folder);
        Verify(folder, manifest);
        var installed = await ExitKit.SchemaVersionAsync(database, ct);
        if (manifest.SchemaVersion > installed)
        {
            throw new ExportException($"The kit comes from a newer Tendero (schema {manifest.SchemaVersion}, this install has {installed}): upgrade Tendero, then import.");
        }
        var tables = (await TableCatalog.ReadAsync(database, ct)).ToDictionary(t => t.Name, StringComparer.Ordinal);
        var results = new List<ImportedTable>();
        foreach (var (kit, index) in manifest.Tables.Select((t, i) => (t, i)))
        {
            progress?.Report(new ExportProgress(kit.Name, index, manifest.Tables.Count));
            if (!tables.TryGetValue(kit.Name, out var table))
            {
                results.Add(new ImportedTable(kit.Name, 0, kit.Rows, ["(the table does not exist in this install)"]));
                continue;
            }
            results.Add(await ImportTableAsync(database, folder, kit, table, ct));
        }
        progress?.Report(new ExportProgress("", manifest.Tables.Count, manifest.Tables.Count));
        return results;
    }

    private static void Verify(string folder, KitManifest manifest)
    {
        foreach (var file in manifest.Files)
        {
            var path = Path.Combine(folder, file.Path);
            if (!File.Exists(path))
            {
                throw new ExportException($"{file.Path} is missing from the kit: copy the whole kit folder.");
            }
            var actual = KitManifest.Describe(folder, file.Path);
            if (actual.Sha256 != file.Sha256)
            {
                throw new ExportException($"{file.Path} does not match its checksum in {KitManifest.FileName}: the file was changed or damaged. Nothing was imported.");
            }
        }
    }

    private static async Task<ImportedTable> ImportTableAsync(IDatabase database, string folder, KitTable kit, TableInfo table, CancellationToken ct)
    {
        var columns = kit.Columns.Where(c => table.Column(c.Name) is not null).ToList();
        var ignored = kit.Columns.Where(c => table.Column(c.Name) is null).Select(c => c.Name).ToList();
        var sql = new StringBuilder("INSERT INTO ").Append(TableCatalog.Quote(table.Name)).Append(" (")
            .AppendJoin(", ", columns.Select(c => TableCatalog.Quote(c.Name))).Append(") VALUES (")
            .AppendJoin(", ", columns.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture))).Append(") ON CONFLICT DO NOTHING").ToString();
        long added = 0, skipped = 0;
        var pending = new List<DynamicParameters>(Batch);
        foreach (var line in File.ReadLines(Path.Combine(folder, kit.Json)))
        {
            if (line.Length == 0)
            {
                continue;
            }
            pending.Add(Parameters(line, columns, table));
            if (pending.Count == Batch)
            {
                var n = await InsertAsync(database, sql, pending, ct);
                (added, skipped) = (added + n, skipped + pending.Count - n);
                pending.Clear();
            }
        }
        if (pending.Count > 0)
        {
            var n = await InsertAsync(database, sql, pending, ct);
            (added, skipped) = (added + n, skipped + pending.Count - n);
        }
        if (database.Dialect == Dialect.Postgres && table.PrimaryKey is ["id"] && table.Column("id")!.Kind == ColumnKind.Whole)
        {
            await MoveSequenceAsync(database, table.Name, ct);
        }
        return new ImportedTable(table.Name, added, skipped, ignored);
    }

    private static Task<long> InsertAsync(IDatabase database, string sql, List<DynamicParameters> rows, CancellationToken ct) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            long n = 0;
            foreach (var row in rows)
            {
                n += await connection.ExecuteAsync(new CommandDefinition(sql, row, transaction, cancellationToken: ct));
            }
            return n;
        }, ct);

    // An imported id must not be handed out again by the sequence of a BIGSERIAL column.
    private static Task<long> MoveSequenceAsync(IDatabase database, string table, CancellationToken ct) =>
        database.WriteAsync((connection, transaction) => connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COALESCE(setval(pg_get_serial_sequence(@name, 'id'), GREATEST((SELECT MAX(id) FROM {TableCatalog.Quote(table)}), 1)), 0)",
            new { name = TableCatalog.Quote(table) }, transaction, cancellationToken: ct)), ct);

    private static DynamicParameters Parameters(string line, List<KitColumn> columns, TableInfo table)
    {
        using var document = JsonDocument.Parse(line);
        var parameters = new DynamicParameters();
        for (var i = 0; i < columns.Count; i++)
        {
            var target = table.Column(columns[i].Name)!;
            object? value = document.RootElement.TryGetProperty(columns[i].Name, out var element) ? Value(element, columns[i], target) : null;
            parameters.Add("p" + i.ToString(CultureInfo.InvariantCulture), value);
        }
        return parameters;
    }

    private static object? Value(JsonElement element, KitColumn column, ColumnInfo target) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String when column.Time => CellText.ParseTime(element.GetString()!),
        JsonValueKind.String when column.Kind == ColumnKind.Bytes => element.GetBytesFromBase64(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True or JsonValueKind.False when target.Kind == ColumnKind.Whole => element.GetBoolean() ? 1L : 0L,
        JsonValueKind.True or JsonValueKind.False => element.GetBoolean(),
        JsonValueKind.Number when target.Kind == ColumnKind.Flag => element.GetInt64() != 0,
        JsonValueKind.Number when target.Kind == ColumnKind.Whole || (column.Kind == ColumnKind.Whole && element.TryGetInt64(out _)) => element.GetInt64(),
        JsonValueKind.Number => element.GetDouble(),
        _ => element.GetRawText(),
    };
}
