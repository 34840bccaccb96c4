using System.Data.Common;
using Npgsql;

namespace Tendero.Storage;

/// <summary>PostgreSQL: a pooled data source; each write is its own short transaction. Several nodes may share it.</summary>
public sealed class PostgresDatabase : IDatabase
{
    private readonly NpgsqlDataSource source;

    private PostgresDatabase(NpgsqlDataSource source, string description)
    {
        this.source = source;
        Description = description;
    }

    public Dialect Dialect => Dialect.Postgres;

    public string Description { get; }

    public static PostgresDatabase Open(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(ToKeyValue(connectionString));
        if (!connectionString.Contains("Maximum Pool Size", StringComparison.OrdinalIgnoreCase)
            && !connectionString.Contains("MaxPoolSize", StringComparison.OrdinalIgnoreCase))
        {
            // Npgsql's default pool (100) equals PostgreSQL's default max_connections: under a burst the server then
            // refuses connections ("too many clients"). Half of it leaves room for other nodes and tools.
            builder.MaxPoolSize = 50;
        }
        var safe = new NpgsqlConnectionStringBuilder(builder.ConnectionString) { Password = null };
        return new PostgresDatabase(NpgsqlDataSource.Create(builder), "PostgreSQL " + safe.ConnectionString);
    }

    public async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken ct)
    {
        await using var connection = await source.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var result = await work(connection, transaction);
        await transaction.CommitAsync(ct);
        return result;
    }

    public DbCommand Reusable(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    public async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken ct)
    {
        await using var connection = await source.OpenConnectionAsync(ct);
        return await work(connection);
    }

    public ValueTask DisposeAsync() => source.DisposeAsync();

    // Accepts postgres://user:pass@host:port/db URLs as well as Npgsql's "Host=...;" form.
    internal static string ToKeyValue(string db)
    {
        if (!db.Contains("://", StringComparison.Ordinal))
        {
            return db;
        }
        var uri = new Uri(db);
        var user = Uri.UnescapeDataString(uri.UserInfo.Split(':')[0]);
        var password = uri.UserInfo.Contains(':') ? Uri.UnescapeDataString(uri.UserInfo[(uri.UserInfo.IndexOf(':') + 1)..]) : null;
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.Port > 0 ? uri.Port : 5432,
            Database = uri.AbsolutePath.Trim('/'),
            Username = user,
            Password = password,
        };
        return builder.ConnectionString;
    }
}
