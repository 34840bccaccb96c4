using Dapper;
using Tendero.Agents;
using Tendero.Connectors.Sheets;
using Tendero.IntegrationTests.Support;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Sheets;

/// <summary>The sheet-writer agent on the real event log, once per database: redelivery never writes a second row.</summary>
public abstract class SheetWriterAgentSuite(string kind) : IAsyncLifetime
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private TestDatabase? db;
    private IDatabase database = null!;
    private SheetsWorld world = null!;
    private EventLog log = null!;
    private SheetWriterAgent agent = null!;

    public async Task InitializeAsync()
    {
        world = await SheetsWorld.StartAsync();
        db = await TestDatabase.CreateAsync(kind);
        database = await db.OpenAsync();
        await Migrator.MigrateAsync(database, default);
        log = new EventLog(database, world.Time);
        agent = new SheetWriterAgent(world.Businesses(), world.Time);
    }

    public async Task DisposeAsync()
    {
        await (world?.DisposeAsync() ?? ValueTask.CompletedTask);
        await (database?.DisposeAsync() ?? ValueTask.CompletedTask);
        await (db?.DisposeAsync() ?? ValueTask.CompletedTask);
    }

    private static ReservationConfirmed Reservation(string status, long version, string notes = "Cumpleaños") => new()
    {
        ReservationId = "r-17", Business = SheetsWorld.Business, Date = "2026-11-28", Time = "20:30", PartySize = 4,
        Name = "Ana Pérez", Phone = "+50760001111", Channel = "whatsapp", Notes = notes, Status = status, Version = version,
    };

    private Task PublishAsync(ReservationConfirmed r) => log.PublishAsync(new NewEvent(
        SheetsWorld.Business, Topics.ReservationConfirmed, ReservationConfirmed.OrderKey(r.Business, r.ReservationId), Tendero.Agents.Payloads.Write(r), null), default);

    // What the agent runner does: claim, handle, complete in one fenced transaction.
    private async Task<int> HandleAllAsync(string owner = "node-1")
    {
        var handled = 0;
        while (await log.ClaimAsync(AgentCatalog.SheetWriter, owner, Lease, 10, default) is { Count: > 0 } work)
        {
            foreach (var piece in work)
            {
                Assert.True(await log.CompleteAsync(piece, owner, await agent.HandleAsync(piece.Event, default), default));
                handled++;
            }
        }
        return handled;
    }

    private Task<long> QueuedAsync() => database.ReadAsync(c => c.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM sheet_writes")), default);

    [SkippableFact]
    public async Task HandleAsync_TheSameConfirmationPublishedTwice_WritesOneRow()
    {
        await PublishAsync(Reservation("confirmada", 1));
        await PublishAsync(Reservation("confirmada", 1));

        Assert.Equal(2, await HandleAllAsync());
        await world.Writer(database).RunOnceAsync(default);

        Assert.Equal(1, await QueuedAsync());
        var row = Assert.Single(world.Rows());
        Assert.Equal(("Ana Pérez", "4", "2026-11-28", "20:30", "+50760001111", "whatsapp", "Cumpleaños", "confirmada"),
            (row["Nombre"].Display, row["Personas"].Display, row["Fecha"].Display, row["Hora"].Display, row["Teléfono"].Display,
             row["Canal"].Display, row["Notas"].Display, row["Estado"].Display));
        Assert.Equal(("number", "date"), (row["Personas"].Kind, row["Fecha"].Kind));
    }

    [SkippableFact]
    public async Task HandleAsync_AnEventHandledAgainAfterItsLeaseWasLost_QueuesOneWrite()
    {
        await PublishAsync(Reservation("confirmada", 1));
        var first = Assert.Single(await log.ClaimAsync(AgentCatalog.SheetWriter, "slow-node", Lease, 10, default));
        var slowOutcome = await agent.HandleAsync(first.Event, default);
        world.Time.Advance(Lease + TimeSpan.FromSeconds(1));

        Assert.Equal(1, await HandleAllAsync("node-2"));
        Assert.False(await log.CompleteAsync(first, "slow-node", slowOutcome, default));
        // Even an outcome applied twice (a handler whose effects escaped the fence) queues the write once.
        await database.WriteAsync(async (c, t) => { await slowOutcome.Write!(c, t, default); return 0; }, default);

        Assert.Equal(1, await QueuedAsync());
        await world.Writer(database).RunOnceAsync(default);
        Assert.Single(world.Rows());
    }

    [SkippableFact]
    public async Task HandleAsync_AStatusChange_UpdatesTheRowByKeyInsteadOfAppending()
    {
        await PublishAsync(Reservation("confirmada", 1));
        await HandleAllAsync();
        await world.Writer(database).RunOnceAsync(default);
        world.Time.Advance(TimeSpan.FromSeconds(2));

        await PublishAsync(Reservation("cancelada", 2, notes: "=cmd|' /C calc'!A0"));
        await PublishAsync(Reservation("cancelada", 2, notes: "=cmd|' /C calc'!A0")); // redelivered
        await HandleAllAsync();
        await world.Writer(database).RunOnceAsync(default);

        var row = Assert.Single(world.Rows());
        Assert.Equal("cancelada", row["Estado"].Display);
        Assert.Equal(("text", "=cmd|' /C calc'!A0"), (row["Notas"].Kind, row["Notas"].Display));
        var ops = await database.ReadAsync(async c => (await c.QueryAsync<string>(new CommandDefinition("SELECT op FROM sheet_writes ORDER BY id"))).ToList(), default);
        Assert.Equal(["append", "update"], ops);
    }

    [SkippableFact]
    public async Task HandleAsync_ABusinessWithoutAReservationTab_DoesNothing()
    {
        var bare = new SheetWriterAgent(new Tendero.Config.Businesses([]), world.Time);
        await PublishAsync(Reservation("confirmada", 1));
        var work = Assert.Single(await log.ClaimAsync(AgentCatalog.SheetWriter, "n", Lease, 10, default));

        Assert.Null((await bare.HandleAsync(work.Event, default)).Write);
    }
}

public sealed class SqliteSheetWriterAgentTests() : SheetWriterAgentSuite("sqlite");

public sealed class PostgresSheetWriterAgentTests() : SheetWriterAgentSuite("postgres");
