using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Tendero.Storage;

namespace Tendero.Tests.Storage;

/// <summary>SQLite's single writer: group commit, per-write rollback, durability settings and shutdown.</summary>
public sealed class SqliteDatabaseTests : IAsyncLifetime
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(10);
    private readonly string folder = Path.Combine(Path.GetTempPath(), "tendero-tests", Guid.NewGuid().ToString("N"));
    private SqliteDatabase db = null!;

    private string DbPath => Path.Combine(folder, "nested", "test.db");

    public async Task InitializeAsync()
    {
        db = SqliteDatabase.Open(DbPath);
        await db.WriteAsync((c, t) => c.ExecuteAsync(new CommandDefinition("CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER NOT NULL)", transaction: t)), default);
    }

    public async Task DisposeAsync()
    {
        await db.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    private Task<int> Insert(int v, CancellationToken ct = default) =>
        db.WriteAsync((c, t) => c.ExecuteAsync(new CommandDefinition("INSERT INTO t (v) VALUES (@v)", new { v }, t)), ct);

    private Task<long[]> ValuesAsync() =>
        db.ReadAsync(async c => (await c.QueryAsync<long>("SELECT v FROM t ORDER BY v")).ToArray(), default);

    /// <summary>Holds the writer inside a write until released, so that everything queued meanwhile lands in one batch.</summary>
    private (Task Held, TaskCompletionSource Release) HoldTheWriter()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = db.WriteAsync(async (_, _) =>
        {
            await release.Task;
            return 0;
        }, default);
        return (held, release);
    }

    [Fact]
    public async Task WriteAsync_500Concurrent_AllCommitAndAreVisible()
    {
        var writes = Enumerable.Range(1, 500).Select(i => Task.Run(() => Insert(i))).ToList();

        Assert.All(await Task.WhenAll(writes).WaitAsync(Long, TimeProvider.System), changed => Assert.Equal(1, changed));

        Assert.Equal(Enumerable.Range(1, 500).Select(i => (long)i), await ValuesAsync());
    }

    [Fact]
    public async Task WriteAsync_OneBadWriteInABatch_FailsAloneAndTheOthersCommit()
    {
        var (held, release) = HoldTheWriter();
        var transactions = new List<DbTransaction>();
        Task<int> Write(Func<DbConnection, DbTransaction, Task<int>> work) => db.WriteAsync(async (c, t) =>
        {
            lock (transactions)
            {
                transactions.Add(t);
            }
            return await work(c, t);
        }, default);

        var first = Write((c, t) => c.ExecuteAsync(new CommandDefinition("INSERT INTO t (v) VALUES (1)", transaction: t)));
        var bad = Write(async (c, t) =>
        {
            await c.ExecuteAsync(new CommandDefinition("INSERT INTO t (v) VALUES (2)", transaction: t));
            return await c.ExecuteAsync(new CommandDefinition("INSERT INTO no_such_table (v) VALUES (2)", transaction: t));
        });
        var last = Write((c, t) => c.ExecuteAsync(new CommandDefinition("INSERT INTO t (v) VALUES (3)", transaction: t)));
        release.SetResult();
        await held;

        Assert.Equal(1, await first.WaitAsync(Long, TimeProvider.System));
        Assert.Equal(1, await last.WaitAsync(Long, TimeProvider.System));
        var error = await Assert.ThrowsAsync<SqliteException>(() => bad);
        Assert.Contains("no_such_table", error.Message);
        Assert.Equal(3, transactions.Count);
        Assert.All(transactions, t => Assert.Same(transactions[0], t));
        Assert.Equal(new long[] { 1, 3 }, await ValuesAsync());
    }

    [Fact]
    public async Task WriteAsync_CancelledWhileQueued_IsNotRunAndThrows()
    {
        var (held, release) = HoldTheWriter();
        using var cancel = new CancellationTokenSource();
        var ran = false;
        var cancelled = db.WriteAsync((c, t) =>
        {
            ran = true;
            return c.ExecuteAsync(new CommandDefinition("INSERT INTO t (v) VALUES (9)", transaction: t));
        }, cancel.Token);
        var other = Insert(1);
        await cancel.CancelAsync();
        release.SetResult();
        await held;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled.WaitAsync(Long, TimeProvider.System));
        Assert.Equal(1, await other);
        Assert.False(ran);
        Assert.Equal(new long[] { 1 }, await ValuesAsync());
    }

    [Fact]
    public async Task WriteAsync_ResultOfTheWork_IsReturnedAfterCommit()
    {
        var id = await db.WriteAsync((c, t) => c.ExecuteScalarAsync<long>(new CommandDefinition(
            "INSERT INTO t (v) VALUES (7) RETURNING id", transaction: t)), default);

        Assert.Equal(7L, await db.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT v FROM t WHERE id = @id", new { id }), default));
    }

    [Fact]
    public async Task WriteAsync_AfterDispose_ThrowsObjectDisposed()
    {
        await db.DisposeAsync();

        Assert.Throws<ObjectDisposedException>(() => { _ = Insert(1); });
        db = SqliteDatabase.Open(DbPath);
    }

    [Fact]
    public async Task DisposeAsync_WithWritesStillQueued_CommitsThemFirst()
    {
        var writes = Enumerable.Range(1, 50).Select(i => Insert(i)).ToList();

        await db.DisposeAsync();

        Assert.All(writes, w => Assert.True(w.IsCompletedSuccessfully));
        db = SqliteDatabase.Open(DbPath);
        Assert.Equal(50, (await ValuesAsync()).Length);
    }

    [Fact]
    public async Task Open_JournalMode_IsWal() =>
        Assert.Equal("wal", await db.ReadAsync(c => c.ExecuteScalarAsync<string>("PRAGMA journal_mode"), default));

    [Fact]
    public async Task WriteAsync_WriterConnection_UsesSynchronousFull() =>
        Assert.Equal(2L, await db.WriteAsync((c, t) => c.ExecuteScalarAsync<long>(new CommandDefinition("PRAGMA synchronous", transaction: t)), default));

    [Fact]
    public void Open_MissingFolder_IsCreated()
    {
        Assert.True(File.Exists(DbPath));
        Assert.Equal(Dialect.Sqlite, db.Dialect);
        Assert.Equal("SQLite " + Path.GetFullPath(DbPath), db.Description);
    }

    // IAsyncDisposable asks that calls after the first are ignored; the second call runs the checkpoint PRAGMA on the
    // closed writer connection and throws InvalidOperationException.
    [Fact]
    public async Task DisposeAsync_Twice_DoesNotThrow()
    {
        await db.DisposeAsync();
        await db.DisposeAsync();
        db = SqliteDatabase.Open(DbPath);
    }
}
