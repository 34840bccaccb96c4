using Npgsql;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Support;

/// <summary>
/// A fresh, empty database for one test: a temporary SQLite file, or a new schema in the PostgreSQL named by
/// <c>TENDERO_TEST_POSTGRES</c>. Without that variable a developer's PostgreSQL tests are skipped with a loud reason;
/// under CI they fail instead, because CI must run them.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "TENDERO_TEST_POSTGRES";

    private readonly string? folder;
    private readonly string? schema;

    private TestDatabase(string kind, string connection, string? folder, string? schema = null)
    {
        Kind = kind;
        Connection = connection;
        this.folder = folder;
        this.schema = schema;
    }

    public string Kind { get; }

    /// <summary>What <c>--db</c> takes: a file path or a connection string.</summary>
    public string Connection { get; }

    public static Task<TestDatabase> CreateAsync(string kind) => kind switch
    {
        "sqlite" => Task.FromResult(Sqlite()),
        "postgres" => PostgresAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static TestDatabase Sqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "tendero-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new TestDatabase("sqlite", Path.Combine(folder, "tendero.db"), folder);
    }

    public static async Task<TestDatabase> PostgresAsync()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrEmpty(server))
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                throw new InvalidOperationException($"{PostgresVariable} is not set: CI must run the PostgreSQL suites (see .ci/run).");
            }
            Skip.If(true, $"*** PostgreSQL tests SKIPPED: set {PostgresVariable} (for example Host=127.0.0.1;Username=postgres;Password=postgres;Database=tendero_test) to run them. ***");
        }
        var schema = "t_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await create.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema };
        return new TestDatabase("postgres", builder.ConnectionString, null, schema);
    }

    public Task<IDatabase> OpenAsync() => DatabaseFactory.OpenAsync(Connection, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        if (schema is not null)
        {
            await DropSchemaAsync(schema, Connection);
        }
        if (folder is not null)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a dying process; the temp folder is cleaned up by the OS later.
            }
        }
    }

    /// <summary>
    /// Drops the test's schema, so a developer's database does not grow by thousands of tables a run (PostgreSQL's crash
    /// recovery fsyncs every file). A connection a test left open may still hold a lock: then the schema stays, logged.
    /// </summary>
    private static async Task DropSchemaAsync(string schema, string testConnection)
    {
        try
        {
            await using (var pooled = new NpgsqlConnection(testConnection))
            {
                NpgsqlConnection.ClearPool(pooled); // the test's idle connections would hold the schema
            }
            await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(PostgresVariable));
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"SET lock_timeout = '2s'; DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException e)
        {
            await Console.Error.WriteLineAsync($"Test schema {schema} was not dropped: {e.Message}");
        }
    }

    public override string ToString() => Kind;
}
