using Dapper;
using Tendero.Storage;

namespace Tendero.Tests.Storage;

/// <summary>The writer's prepared statements: one command per SQL text, reused across writes and transactions.</summary>
public sealed class ReusableCommandTests : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "tendero-tests", Guid.NewGuid().ToString("N"));
    private SqliteDatabase database = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        database = SqliteDatabase.Open(Path.Combine(folder, "t.db"));
        await Migrator.MigrateAsync(database, default);
    }

    public async Task DisposeAsync()
    {
        await database.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Reusable_SameSqlInTwoWrites_SameCommandWithFreshValues()
    {
        const string sql = "INSERT INTO cursors (name, value) VALUES (@name, @value)";
        var first = await database.WriteAsync((c, t) =>
        {
            var command = database.Reusable(c, t, sql).Set("@name", "a").Set("@value", "1");
            command.ExecuteNonQuery();
            return Task.FromResult(command);
        }, default);
        var second = await database.WriteAsync((c, t) =>
        {
            var command = database.Reusable(c, t, sql).Set("@name", "b").Set("@value", null);
            Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => command.ExecuteNonQuery()); // value is NOT NULL
            command.Set("@value", "2").ExecuteNonQuery();
            return Task.FromResult(command);
        }, default);

        Assert.Same(first, second);
        Assert.Equal(2, first.Parameters.Count);
        var rows = await database.ReadAsync(async c => (await c.QueryAsync<(string, string)>("SELECT name, value FROM cursors ORDER BY name")).ToList(), default);
        Assert.Equal([("a", "1"), ("b", "2")], rows);
    }

    [Fact]
    public async Task Reusable_OnAReaderConnection_Refused()
    {
        var error = await database.ReadAsync(c => Task.FromResult(Record.Exception(() => database.Reusable(c, null!, "SELECT 1"))), default);
        Assert.IsType<InvalidOperationException>(error);
    }
}
