using Dapper;
using Microsoft.Data.Sqlite;
using Tendero.Storage;

namespace Tendero.Tests.Storage;

/// <summary>When SQLite itself refuses a batch, that batch fails and the single writer lives on.</summary>
public sealed class WriterSurvivalTests
{
    [Fact]
    public async Task WriteAsync_FileLockedByAnotherProcess_FailsThatBatchThenWritesAgain()
    {
        var folder = Path.Combine(Path.GetTempPath(), "tendero-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "t.db");
        try
        {
            await using var database = SqliteDatabase.Open(path, TimeSpan.FromMilliseconds(200));
            await Migrator.MigrateAsync(database, default);
            static Task<int> Insert(IDatabase db, string name) => db.WriteAsync((c, t) => c.ExecuteAsync(
                "INSERT INTO cursors (name, value) VALUES (@name, 'x')", new { name }, t), default);

            // Another process (here: another connection) holds the write lock longer than our busy timeout.
            await using (var other = new SqliteConnection($"Data Source={path};Pooling=False"))
            {
                await other.OpenAsync();
                await using var hold = other.CreateCommand();
                hold.CommandText = "BEGIN IMMEDIATE";
                await hold.ExecuteNonQueryAsync();
                var refused = await Record.ExceptionAsync(() => Insert(database, "while-locked"));
                Assert.IsType<SqliteException>(refused);
                hold.CommandText = "ROLLBACK";
                await hold.ExecuteNonQueryAsync();
            }

            var later = Insert(database, "after");
            Assert.Same(later, await Task.WhenAny(later, Task.Delay(TimeSpan.FromSeconds(10), TimeProvider.System)));
            Assert.Equal(1, await later);
            var names = await database.ReadAsync(c => c.QueryAsync<string>("SELECT name FROM cursors"), default);
            Assert.Equal(["after"], names);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
