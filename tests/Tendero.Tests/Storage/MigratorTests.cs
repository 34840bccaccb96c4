using Dapper;
using Tendero.Storage;

namespace Tendero.Tests.Storage;

public sealed class MigratorTests : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "tendero-tests", Guid.NewGuid().ToString("N"));
    private SqliteDatabase db = null!;

    public Task InitializeAsync()
    {
        db = SqliteDatabase.Open(Path.Combine(folder, "test.db"));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await db.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task MigrateAsync_Twice_AppliesEachScriptOnce()
    {
        await Migrator.MigrateAsync(db, default);
        await Migrator.MigrateAsync(db, default);

        var versions = await db.ReadAsync(async c => (await c.QueryAsync<long>("SELECT version FROM schema_migrations ORDER BY version")).ToList(), default);
        Assert.Equal(versions.Distinct(), versions);
        Assert.Equal(1L, versions[0]);
        var tables = await db.ReadAsync(async c => (await c.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")).ToList(), default);
        Assert.Equal(["action_calls", "agent_work", "chain_events", "chains", "contacts", "conversations", "costs", "cursors", "events", "messages", "model_calls", "people", "print_jobs", "reservation_days", "reservation_jobs", "reservations", "schema_migrations", "sheet_writes", "staff_lists", "status_reports", "user_roles", "users"], tables);
    }
}
