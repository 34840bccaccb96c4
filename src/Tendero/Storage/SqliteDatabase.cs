using System.Data.Common;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace Tendero.Storage;

/// <summary>
/// SQLite in WAL mode with <c>synchronous=FULL</c>: a commit survives a power cut. SQLite has one writer, so all
/// writes go through one task that drains a queue and commits whatever has gathered in one transaction (group commit):
/// a burst of webhooks shares one fsync instead of paying one each. Each write runs inside its own SAVEPOINT, so
/// one failing write rolls back alone and the others in its batch still commit. Reads use their own connections.
/// </summary>
public sealed class SqliteDatabase : IDatabase
{
    /// <summary>How many writes may share one commit. Larger batches amortise the fsync further but delay the first writer.</summary>
    public const int MaxBatch = 512;

    private readonly string connectionString;
    private readonly string busyTimeout;
    private readonly SqliteConnection writer;
    private readonly Channel<PendingWrite> queue = Channel.CreateUnbounded<PendingWrite>(new() { SingleReader = true });
    private readonly Task loop;

    // Statements prepared on the writer connection, by SQL text. Only the writer task touches them, one write at a time.
    private readonly Dictionary<string, SqliteCommand> prepared = new(StringComparer.Ordinal);

    private SqliteDatabase(string path, TimeSpan busyTimeout)
    {
        var seconds = (int)Math.Ceiling(busyTimeout.TotalSeconds);
        connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = seconds }.ToString();
        this.busyTimeout = $"PRAGMA busy_timeout={(int)busyTimeout.TotalMilliseconds};";
        Description = "SQLite " + Path.GetFullPath(path);
        writer = new SqliteConnection(connectionString);
        writer.Open();
        Pragmas(writer, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; " + this.busyTimeout);
        loop = Task.Factory.StartNew(RunAsync, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
    }

    public Dialect Dialect => Dialect.Sqlite;

    public string Description { get; }

    /// <summary>How long a write waits for another process (a CLI command, a backup) to release the file.</summary>
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(10);

    public static SqliteDatabase Open(string path) => Open(path, DefaultBusyTimeout);

    public static SqliteDatabase Open(string path, TimeSpan busyTimeout)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }
        return new SqliteDatabase(path, busyTimeout);
    }

    public Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken ct)
    {
        var pending = new PendingWrite<T>(work, ct);
        ObjectDisposedException.ThrowIf(!queue.Writer.TryWrite(pending), this);
        return pending.Task;
    }

    public DbCommand Reusable(DbConnection connection, DbTransaction transaction, string sql)
    {
        if (!ReferenceEquals(connection, writer))
        {
            throw new InvalidOperationException("Reusable commands belong to the writer connection: call this inside WriteAsync.");
        }
        if (!prepared.TryGetValue(sql, out var command))
        {
            command = writer.CreateCommand();
            command.CommandText = sql;
            prepared[sql] = command;
        }
        command.Transaction = (SqliteTransaction)transaction;
        return command;
    }

    public async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        Pragmas(connection, busyTimeout);
        return await work(connection);
    }

    public async ValueTask DisposeAsync()
    {
        if (!queue.Writer.TryComplete())
        {
            return; // already disposed
        }
        await loop;
        foreach (var command in prepared.Values)
        {
            await command.DisposeAsync();
        }
        Pragmas(writer, "PRAGMA wal_checkpoint(TRUNCATE);");
        await writer.DisposeAsync();
    }

    private async Task RunAsync()
    {
        var batch = new List<PendingWrite>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }
            try
            {
                await RunBatchAsync(batch);
            }
            catch (Exception e)
            {
                // The database itself refused (locked by another process past busy_timeout, disk full, I/O error):
                // this batch fails, nothing of it was committed, and the writer lives on for the next one.
                batch.ForEach(w => w.Fail(e));
            }
        }
    }

    private async Task RunBatchAsync(List<PendingWrite> batch)
    {
        var done = new List<PendingWrite>(batch.Count);
        await using var transaction = (SqliteTransaction)await writer.BeginTransactionAsync();
        foreach (var write in batch)
        {
            if (await RunOneAsync(write, transaction))
            {
                done.Add(write);
            }
        }
        await transaction.CommitAsync();
        done.ForEach(w => w.Complete());
    }

    private async Task<bool> RunOneAsync(PendingWrite write, SqliteTransaction transaction)
    {
        if (write.Cancellation.IsCancellationRequested)
        {
            write.Fail(new OperationCanceledException(write.Cancellation));
            return false;
        }
        Exec(transaction, "SAVEPOINT w");
        try
        {
            await write.RunAsync(writer, transaction);
            Exec(transaction, "RELEASE w");
            return true;
        }
        catch (Exception e)
        {
            Exec(transaction, "ROLLBACK TO w");
            Exec(transaction, "RELEASE w");
            write.Fail(e);
            return false;
        }
    }

    private void Exec(SqliteTransaction transaction, string sql) => Reusable(writer, transaction, sql).ExecuteNonQuery();

    private static void Pragmas(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
