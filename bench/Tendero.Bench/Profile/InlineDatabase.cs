using System.Data.Common;
using Microsoft.Data.Sqlite;
using Tendero.Storage;

namespace Tendero.Bench.Profile;

/// <summary>
/// Runs each write straight on one open transaction, wrapped in SAVEPOINT/RELEASE as <see cref="SqliteDatabase"/>
/// does, and never commits: what is left is the cost of the SQL itself (Dapper, prepare, execute).
/// </summary>
internal sealed class InlineDatabase(SqliteConnection connection, SqliteTransaction transaction, bool savepoints) : IDatabase
{
    public Dialect Dialect => Dialect.Sqlite;

    public string Description => "inline";

    public async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken ct)
    {
        Exec("SAVEPOINT w");
        var result = await work(connection, transaction);
        Exec("RELEASE w");
        return result;
    }

    public Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken ct) => work(connection);

    // A fresh command each time: this stand-in measures the unprepared path.
    public DbCommand Reusable(DbConnection c, DbTransaction t, string sql)
    {
        var command = c.CreateCommand();
        command.Transaction = t;
        command.CommandText = sql;
        return command;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private void Exec(string sql)
    {
        if (savepoints)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }
}
