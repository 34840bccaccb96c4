using System.Reflection;
using Dapper;

namespace Tendero.Storage;

/// <summary>
/// Runs the numbered scripts in <c>Storage/Migrations</c> that the database has not seen yet, in order, each in its
/// own transaction, and records them in <c>schema_migrations</c>. One script serves both databases; the few words that
/// differ are placeholders (<c>{{id}}</c>, the auto-numbered primary key).
/// </summary>
public static class Migrator
{
    public static async Task MigrateAsync(IDatabase database, CancellationToken ct)
    {
        const string suffix = ".sql";
        var id = database.Dialect == Dialect.Sqlite ? "INTEGER PRIMARY KEY" : "BIGSERIAL PRIMARY KEY";
        var assembly = typeof(Migrator).Assembly;
        var scripts = assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(suffix, StringComparison.Ordinal))
            .Select(n => (Name: n, Version: VersionOf(n, suffix)))
            .OrderBy(s => s.Version)
            .ToList();
        foreach (var (name, version) in scripts)
        {
            await database.WriteAsync(async (connection, transaction) =>
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL)",
                    transaction: transaction, cancellationToken: ct));
                var seen = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    "SELECT COUNT(*) FROM schema_migrations WHERE version = @version",
                    new { version }, transaction, cancellationToken: ct));
                if (seen == 0)
                {
                    await connection.ExecuteAsync(new CommandDefinition(Read(assembly, name).Replace("{{id}}", id, StringComparison.Ordinal), transaction: transaction, cancellationToken: ct));
                    await connection.ExecuteAsync(new CommandDefinition(
                        "INSERT INTO schema_migrations (version, name) VALUES (@version, @name)",
                        new { version, name }, transaction, cancellationToken: ct));
                }
                return 0;
            }, ct);
        }
    }

    private static long VersionOf(string resource, string suffix)
    {
        var file = resource[..^suffix.Length];
        file = file[(file.LastIndexOf('.') + 1)..];
        return long.Parse(file.Split('_')[0]);
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
