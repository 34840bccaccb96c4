using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Tendero.Config;
using Tendero.Connectors.EscPos;
using Tendero.Delivery;
using Tendero.Delivery.Chains;
using Tendero.Hosting;
using Tendero.IntegrationTests.Support;
using Tendero.Simulator.Printer;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Printing;

/// <summary>
/// A fresh database of the given kind, La Fonda with a kitchen printer that is the simulator's virtual printer (on
/// loopback TCP), and the printer worker and its stores, all on one fake clock.
/// </summary>
public abstract class PrintingWorld(string kind) : IAsyncLifetime
{
    protected const string Business = "la-fonda";
    protected const string Cocina = "cocina";

    private TestDatabase? db;

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 26, 20, 0, 0, TimeSpan.Zero));

    protected IDatabase Database { get; private set; } = null!;

    protected VirtualPrinter Printer { get; private set; } = null!;

    protected BusinessConfig LaFonda { get; private set; } = null!;

    protected WorkSignals Signals { get; } = new();

    protected PrintQueue Queue { get; private set; } = null!;

    protected PrinterWorker Worker { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        db = await TestDatabase.CreateAsync(kind);
        Database = await db.OpenAsync();
        Printer = new VirtualPrinter(Time);
        Printer.Start();
        var loaded = BusinessLoader.LoadFile(Path.Combine(TestBusinesses.Path, "la-fonda.yaml"), Secrets.FromProcess(true), null);
        var address = new PrinterAddress(PrinterAddressKind.Tcp, "127.0.0.1", Printer.Port);
        LaFonda = loaded with
        {
            Printers = new Dictionary<string, PrinterConfig>
            {
                [Cocina] = new(Cocina, address) { AlertTo = "maria", AlertPolicy = "stock-alert", AlertAfter = TimeSpan.FromMinutes(10) },
            },
        };
        var people = new PeopleStore(Database, Time);
        foreach (var person in LaFonda.Staff)
        {
            await people.UpsertAsync(Business, person, "config", default);
        }
        Queue = new PrintQueue(Database, Time);
        var outage = new PrinterOutage(new AlertStarter(new ChainStore(Database, Time), people, Signals), new Outbox(Database, Time), Queue, Time);
        Worker = new PrinterWorker(Queue, new PrinterTransports(Time), outage, new Businesses([LaFonda]), Signals,
            Options.Create(new PrinterOptions()), Options.Create(new ServerOptions { NodeId = "node-1" }), Time, NullLogger<PrinterWorker>.Instance);
    }

    public async Task DisposeAsync()
    {
        Worker?.Dispose();
        Signals.Dispose();
        if (Printer is not null)
        {
            await Printer.DisposeAsync();
        }
        if (Database is not null)
        {
            await Database.DisposeAsync();
        }
        if (db is not null)
        {
            await db.DisposeAsync();
        }
    }

    protected static string TicketJson(string title, params string[] allergies) => $$"""
        {"title":"{{title}}","table":"4","time":"2026-11-26T15:00:00-05:00",
         "items":[{"quantity":2,"name":"Sancocho","notes":"sin cilantro"},{"quantity":1,"name":"Ñame frito"}],
         "allergies":[{{string.Join(",", allergies.Select(a => $"\"{a}\""))}}],"footer":"Mesero: Luis"}
        """;

    protected Task<(long Id, bool Created)> EnqueueAsync(string title, string key) =>
        Queue.EnqueueAsync(new NewPrintJob(Business, Cocina, TicketJson(title), key), default);

    /// <summary>The virtual printer decodes on its own connection task: wait (real time) until it has journaled <paramref name="count"/>.</summary>
    protected async Task<IReadOnlyList<PrintedTicket>> TicketsAsync(int count)
    {
        for (var i = 0; i < 200 && Printer.Tickets.Count < count; i++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10), TimeProvider.System);
        }
        return Printer.Tickets;
    }

    protected Task<T?> ScalarAsync<T>(string sql, object? parameters = null) =>
        Database.ReadAsync(c => c.ExecuteScalarAsync<T>(new CommandDefinition(sql, parameters)), default);
}
