using Microsoft.Data.Sqlite;
using Npgsql;
using Tendero.Hosting;

namespace Tendero.Bench;

/// <summary>
/// Tendero itself, built exactly as <c>tendero serve</c> builds it, with no workers (ingest only), the demo secrets
/// (a simulator address is set, though nothing is sent to it), on a fresh SQLite file or a fresh PostgreSQL schema.
/// </summary>
internal static class TenderoTarget
{
    public static async Task<RunningServer> StartSqliteAsync(CancellationToken ct)
    {
        var folder = Path.Combine(Path.GetTempPath(), "tendero-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "tendero.db");
        var app = await StartAsync(path, ct);
        return new RunningServer(app,
            async rct =>
            {
                await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
                await connection.OpenAsync(rct);
                return await CountAsync(connection.CreateCommand(), rct);
            },
            () =>
            {
                SqliteConnection.ClearAllPools();
                Directory.Delete(folder, recursive: true);
                return Task.CompletedTask;
            });
    }

    public static async Task<RunningServer> StartPostgresAsync(string server, CancellationToken ct)
    {
        var schema = "b_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(server, $"CREATE SCHEMA {schema}", ct);
        var db = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString;
        var app = await StartAsync(db, ct);
        return new RunningServer(app,
            async rct =>
            {
                await using var connection = new NpgsqlConnection(db);
                await connection.OpenAsync(rct);
                return await CountAsync(connection.CreateCommand(), rct);
            },
            async () =>
            {
                NpgsqlConnection.ClearAllPools();
                await ExecuteAsync(server, $"DROP SCHEMA {schema} CASCADE", CancellationToken.None);
            });
    }

    private static async Task<Microsoft.AspNetCore.Builder.WebApplication> StartAsync(string db, CancellationToken ct)
    {
        var settings = new TenderoSettings
        {
            Db = db,
            Urls = "http://127.0.0.1:0",
            BusinessesDir = Path.Combine(AppContext.BaseDirectory, "businesses"),
            Simulator = new Uri("http://127.0.0.1:9"),
            Environment = name => name == "TENDERO_API_KEY" ? "bench-api-key" : null,
            Workers = [],
        };
        var app = await TenderoServer.BuildAsync(settings, ct);
        await app.StartAsync(ct);
        return app;
    }

    private static async Task<long> CountAsync(System.Data.Common.DbCommand command, CancellationToken ct)
    {
        await using (command)
        {
            command.CommandText = "SELECT COUNT(*) FROM messages";
            return Convert.ToInt64(await command.ExecuteScalarAsync(ct));
        }
    }

    private static async Task ExecuteAsync(string server, string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
