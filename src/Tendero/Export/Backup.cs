using Microsoft.Data.Sqlite;
using Npgsql;
using Tendero.Storage;

namespace Tendero.Export;

/// <summary>What a backup did: the copy's path and size, and SQLite's integrity check of the copy ("ok").</summary>
public sealed record BackupResult(string File, long Bytes, string IntegrityCheck);

/// <summary>
/// <c>tendero backup</c>. On SQLite, <c>VACUUM INTO</c> on a connection of its own: it reads one consistent snapshot
/// (WAL lets the server keep writing meanwhile) and writes a compact copy, which is then opened and checked with
/// <c>PRAGMA integrity_check</c>. PostgreSQL has its own tool for this: <see cref="PgDumpCommand"/> says how to call it.
/// </summary>
public static class Backup
{
    public static async Task<BackupResult> SqliteAsync(string databasePath, string file, CancellationToken ct)
    {
        if (!File.Exists(databasePath))
        {
            throw new ExportException($"{databasePath}: there is no database here (set it with --db).");
        }
        var target = Path.GetFullPath(file);
        if (File.Exists(target))
        {
            throw new ExportException($"{file} already exists: a backup never overwrites a file. Choose a new name (for example with the date in it).");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var source = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadWrite, Pooling = false, DefaultTimeout = 60 }.ToString();
        await using (var connection = new SqliteConnection(source))
        {
            await connection.OpenAsync(ct);
            await Execute(connection, "PRAGMA busy_timeout=60000;", ct);
            await using var vacuum = connection.CreateCommand();
            vacuum.CommandText = "VACUUM INTO @file";
            vacuum.Parameters.AddWithValue("@file", target);
            await vacuum.ExecuteNonQueryAsync(ct);
        }
        var check = new SqliteConnectionStringBuilder { DataSource = target, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        await using (var copy = new SqliteConnection(check))
        {
            await copy.OpenAsync(ct);
            await using var integrity = copy.CreateCommand();
            integrity.CommandText = "PRAGMA integrity_check";
            var result = (string?)await integrity.ExecuteScalarAsync(ct) ?? "";
            return new BackupResult(target, new FileInfo(target).Length, result);
        }
    }

    /// <summary>The pg_dump command for this connection string (the password is not printed: pg_dump reads PGPASSWORD or ~/.pgpass).</summary>
    public static string PgDumpCommand(string connection, string file)
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresDatabase.ToKeyValue(connection));
        var parts = new List<string> { "pg_dump", "--format=custom", "--no-owner", $"--file={Shell(file)}" };
        if (builder.Host is { Length: > 0 } host)
        {
            parts.Add($"--host={Shell(host)}");
        }
        parts.Add($"--port={builder.Port}");
        if (builder.Username is { Length: > 0 } user)
        {
            parts.Add($"--username={Shell(user)}");
        }
        if (builder.SearchPath is { Length: > 0 } schema)
        {
            parts.Add($"--schema={Shell(schema)}");
        }
        parts.Add(Shell(builder.Database ?? "tendero"));
        return string.Join(' ', parts);
    }

    private static string Shell(string text) => text.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '/' or '-' or '_' or ':' or '=') ? text : "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static async Task Execute(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}
