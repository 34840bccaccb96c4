using System.Data.Common;

namespace Tendero.Storage;

/// <summary>
/// The database seam. Stores write through <see cref="WriteAsync{T}"/>, which runs the work in a transaction
/// and returns only after the commit is durable: on SQLite several concurrent writes share one commit (group commit),
/// on PostgreSQL each runs in its own transaction on a pooled connection.
/// How to add a database: implement this, add its migration scripts (<c>Migrations/NNNN_name.&lt;dialect&gt;.sql</c>)
/// and teach <see cref="DatabaseFactory"/> its connection string.
/// </summary>
public interface IDatabase : IAsyncDisposable
{
    Dialect Dialect { get; }

    /// <summary>A printable description, with any password removed.</summary>
    string Description { get; }

    /// <summary>Runs <paramref name="work"/> inside a write transaction and completes once it is committed.
    /// If the work throws, only its own changes are rolled back.</summary>
    Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken ct);

    /// <summary>
    /// A command for a statement that runs thousands of times a second (the webhook ingest). On SQLite's long-lived
    /// writer connection it is prepared once and reused, because SQLite otherwise parses and plans it on every call;
    /// elsewhere it is a new command. The database owns it: set its parameters with <see cref="Parameters.Set"/>, and
    /// do not dispose it.
    /// </summary>
    DbCommand Reusable(DbConnection connection, DbTransaction transaction, string sql);

    /// <summary>Runs read-only work on its own connection.</summary>
    Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken ct);
}
