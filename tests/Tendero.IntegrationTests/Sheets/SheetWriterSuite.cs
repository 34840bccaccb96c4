using Dapper;
using Tendero.Connectors.Sheets;
using Tendero.IntegrationTests.Support;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Sheets;

/// <summary>The durable, batched sheet writer against the fake Sheets API, once per database.</summary>
public abstract class SheetWriterSuite(string kind) : IAsyncLifetime
{
    private TestDatabase? db;
    private IDatabase database = null!;
    private SheetsWorld world = null!;
    private SheetWriteStore store = null!;

    public async Task InitializeAsync()
    {
        world = await SheetsWorld.StartAsync(quota: 60); // Google's 60 requests a minute per user
        db = await TestDatabase.CreateAsync(kind);
        database = await db.OpenAsync();
        await Migrator.MigrateAsync(database, default);
        store = new SheetWriteStore(database, world.Time);
    }

    public async Task DisposeAsync()
    {
        await (world?.DisposeAsync() ?? ValueTask.CompletedTask);
        await (database?.DisposeAsync() ?? ValueTask.CompletedTask);
        await (db?.DisposeAsync() ?? ValueTask.CompletedTask);
    }

    private static Dictionary<string, object?> Cells(params (string, object?)[] cells) => cells.ToDictionary(c => c.Item1, c => c.Item2);

    private Task<bool> AppendAsync(int n) => store.EnqueueAsync(SheetWrite.Append(SheetsWorld.Business, "Reservas",
        Cells(("Teléfono", $"+507{n:D4}"), ("Nombre", $"Cliente {n}"), ("Personas", (long)n)), $"test:{n}"), default);

    private Task<long> CountAsync(string state) => database.ReadAsync(c =>
        c.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM sheet_writes WHERE state = @state", new { state })), default);

    [SkippableFact]
    public async Task RunOnceAsync_TenUpdatesOfOneRow_SendOneWriteRequest()
    {
        await world.Tab().AppendAsync(Cells(("Teléfono", "+5071"), ("Estado", "confirmada")), default);
        var before = world.WriteRequests();
        for (var i = 1; i <= 10; i++)
        {
            await store.EnqueueAsync(SheetWrite.Update(SheetsWorld.Business, "Reservas", "Teléfono", "+5071", Cells(("Estado", $"cambio {i}")), $"u:{i}"), default);
        }

        Assert.Equal(10, await world.Writer(database).RunOnceAsync(default));

        Assert.Equal(1, world.WriteRequests() - before);
        Assert.Equal("cambio 10", Assert.Single(world.Rows())["Estado"].Display);
        Assert.Equal(10, await CountAsync("done"));
    }

    [SkippableFact]
    public async Task EnqueueAsync_TheSameDedupeKeyTwice_QueuesOneWrite()
    {
        Assert.True(await AppendAsync(1));
        Assert.False(await AppendAsync(1));

        await world.Writer(database).RunOnceAsync(default);

        Assert.Single(world.Rows());
    }

    [SkippableFact]
    public async Task RunOnceAsync_After429s_BacksOffOnTheClock_WithoutUsingAttempts_ThenEverythingLandsOnce()
    {
        for (var n = 1; n <= 40; n++)
        {
            await AppendAsync(n);
        }
        world.Sheets.FailNext(2, TimeSpan.FromSeconds(5));
        var writer = world.Writer(database);

        await writer.RunOnceAsync(default);                // 429 on the header read
        Assert.Equal(0, await writer.RunOnceAsync(default)); // nothing is due yet
        world.Time.Advance(TimeSpan.FromSeconds(5));          // Retry-After 5 s outweighs the first backoff (1-2 s)
        await writer.RunOnceAsync(default);                // 429 again
        world.Time.Advance(TimeSpan.FromSeconds(5));
        await writer.RunOnceAsync(default);

        Assert.Equal(Enumerable.Range(1, 40).Select(n => $"Cliente {n}"), world.Rows().Select(r => r["Nombre"].Display));
        Assert.Equal(40, await CountAsync("done"));
        Assert.Equal(0, await database.ReadAsync(c => c.ExecuteScalarAsync<long>(new CommandDefinition("SELECT MAX(attempts) FROM sheet_writes")), default));
    }

    [SkippableFact]
    public async Task RunOnceAsync_ABurstOverTheMinuteQuota_WaitsForRetryAfter_AndEveryWriteLandsOnce()
    {
        var tab = world.Tab();
        for (var i = 0; i < 30; i++)
        {
            await tab.ReadAsync(default); // two requests each: the minute's quota is used up
        }
        var writer = world.Writer(database);
        for (var wave = 0; wave < 5; wave++)
        {
            for (var n = 1; n <= 20; n++)
            {
                await AppendAsync((wave * 20) + n);
            }
            await writer.RunOnceAsync(default);
            world.Time.Advance(TimeSpan.FromSeconds(2));
        }
        Assert.Empty(world.Rows());
        Assert.Contains(world.Sheets.Requests, r => r.Status == 429);

        world.Time.Advance(TimeSpan.FromSeconds(52)); // the minute is over, and so is the Retry-After
        await writer.RunOnceAsync(default);

        Assert.Equal(Enumerable.Range(1, 100).Select(n => $"Cliente {n}"), world.Rows().Select(r => r["Nombre"].Display));
        Assert.Equal(100, await CountAsync("done"));
        Assert.Equal(0, await database.ReadAsync(c => c.ExecuteScalarAsync<long>(new CommandDefinition("SELECT MAX(attempts) FROM sheet_writes")), default));
    }

    [SkippableFact]
    public async Task RunOnceAsync_AWriteNamingAColumnTheTabLacks_IsDead_AndTheOthersLand()
    {
        await AppendAsync(1);
        await store.EnqueueAsync(SheetWrite.Append(SheetsWorld.Business, "Reservas", Cells(("Propina", 5L)), "bad"), default);

        await world.Writer(database).RunOnceAsync(default);

        Assert.Single(world.Rows());
        var error = await database.ReadAsync(c => c.ExecuteScalarAsync<string>(new CommandDefinition("SELECT error FROM sheet_writes WHERE state = 'dead'")), default);
        Assert.Contains("'Propina'", error);
    }

    [SkippableFact]
    public async Task RunOnceAsync_AfterARestart_FlushesWhatTheDeadProcessLeft()
    {
        for (var n = 1; n <= 5; n++)
        {
            await AppendAsync(n);
        }
        // The first process claims three and dies before it writes them.
        Assert.Equal(3, (await store.ClaimDueAsync("old-node", TimeSpan.FromMinutes(1), 3, default)).Count);
        await database.DisposeAsync();

        database = await db!.OpenAsync();
        var writer = world.Writer(database, "new-node");
        await writer.RunOnceAsync(default);      // the two unclaimed ones wait behind the claimed ones: the tab keeps its order
        Assert.Empty(world.Rows());
        world.Time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        await writer.RunOnceAsync(default);

        Assert.Equal(Enumerable.Range(1, 5).Select(n => $"Cliente {n}"), world.Rows().Select(r => r["Nombre"].Display));
        Assert.Equal(5, await CountAsync("done"));
    }
}

public sealed class SqliteSheetWriterTests() : SheetWriterSuite("sqlite");

public sealed class PostgresSheetWriterTests() : SheetWriterSuite("postgres");
