using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tendero.Agents;
using Tendero.Config;
using Tendero.IntegrationTests.Support;
using Tendero.Simulator;
using Tendero.Solutions.Reservations;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Kitchen;

/// <summary>
/// La Fonda on loopback with the simulator, a <see cref="FakeReservationBook"/> in place of the real one and a
/// <c>reservations:</c> section built in code (kitchen printer cocina, the reservation-reminder policy, staff maria).
/// The server runs on the real clock; the time-of-day jobs run in a <see cref="ReservationsWorker"/> of the test's own,
/// on a fake clock set to a time of the business's day.
/// </summary>
internal sealed class KitchenWorld : IAsyncDisposable
{
    public const string Business = "la-fonda";

    private readonly TestDatabase db;

    private KitchenWorld(TestDatabase db, TestApp app, FakeReservationBook book)
    {
        (this.db, App, Book) = (db, app, book);
        var zone = app.Business.TimeZone;
        Today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow(), zone).DateTime);
    }

    public TestApp App { get; }

    public FakeReservationBook Book { get; }

    /// <summary>The business's date now, on the real clock (the server's).</summary>
    public DateOnly Today { get; }

    public static ReservationsConfig Config { get; } = new()
    {
        KitchenPrinter = "cocina", TicketFromParty = 8, PrepSummaryAt = new TimeOnly(17, 0), ReminderAt = new TimeOnly(10, 0), Staff = ["maria"],
    };

    /// <param name="edit">A change to la-fonda.yaml for this test (a policy in seconds, say).</param>
    public static async Task<KitchenWorld> StartAsync(Func<string, string>? edit = null, Action<SimulatorOptions>? simulator = null, string database = "sqlite")
    {
        var businessesDir = TestBusinesses.Edited(Business, yaml => edit?.Invoke(yaml) ?? yaml);
        var db = await TestDatabase.CreateAsync(database);
        var book = new FakeReservationBook();
        // Every default worker but the server's own reservations worker, which would act on the real clock.
        var workers = new Tendero.Hosting.ServerOptions().Workers.Where(w => w != "reservations").ToList();
        var app = await TestApp.StartAsync(db, simulator, workers: workers, businessesDir: businessesDir, services: services =>
        {
            var loaded = (Businesses)services.Last(d => d.ServiceType == typeof(Businesses)).ImplementationInstance!;
            services.AddSingleton(new Businesses([.. loaded.All.Select(b => b.Id == Business ? b with { Reservations = Config } : b)]));
            services.AddSingleton<IReservationBook>(book);
        });
        return new KitchenWorld(db, app, book);
    }

    /// <summary>
    /// A worker of the test's own on a fake clock at <paramref name="local"/> on <paramref name="day"/> (default
    /// <see cref="Today"/>), business time. What it publishes is stamped with that clock, and the server's agents take
    /// work only once its time has come: a test whose tickets must print uses a day already past.
    /// </summary>
    public ReservationsWorker WorkerAt(TimeOnly local, DateOnly? day = null)
    {
        var zone = App.Business.TimeZone;
        var at = (day ?? Today).ToDateTime(local);
        var clock = new FakeTimeProvider(new DateTimeOffset(at, zone.GetUtcOffset(at)));
        return ActivatorUtilities.CreateInstance<ReservationsWorker>(App.Server.Services, clock);
    }

    public Reservation Booking(string id, string time, int party, string notes = "", string phone = "+50761110001", string channel = "whatsapp",
        string name = "Ana Núñez", DateOnly? day = null) =>
        Book.Add(new Reservation
        {
            Id = id, Business = Business, Date = day ?? Today, Time = TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture),
            PartySize = party, Name = name, Phone = phone, Channel = channel, Notes = notes,
        });

    /// <summary>Publishes a booking as the book does when it changes.</summary>
    public Task PublishAsync(Reservation r, long? version = null) =>
        App.Get<IDatabase>().WriteAsync(async (c, t) =>
        {
            var payload = new ReservationConfirmed
            {
                ReservationId = r.Id, Business = r.Business, Date = r.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                Time = r.Time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), PartySize = r.PartySize, Name = r.Name,
                Phone = r.Phone, Channel = r.Channel, Notes = r.Notes, Status = r.Status, Version = version,
            };
            await EventLog.PublishAsync(c, t, new NewEvent(Business, Topics.ReservationConfirmed, ReservationConfirmed.OrderKey(Business, r.Id),
                Tendero.Agents.Payloads.Write(payload), $"test:{r.Id}:{r.Status}:{version}:{Guid.NewGuid():N}"), TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds(), default);
            App.Get<Tendero.Delivery.WorkSignals>().Agents.Wake();
            return true;
        }, default);

    public Task<T?> ScalarAsync<T>(string sql, object? parameters = null) =>
        App.Get<IDatabase>().ReadAsync(c => c.ExecuteScalarAsync<T>(new CommandDefinition(sql, parameters)), default);

    public IReadOnlyList<OutboundMessageRecord> Sent(SimProvider provider, string to) =>
        [.. App.Simulator.Journal.OutboundMessages(provider).Where(m => m.To == to || m.To == "+" + to || "+" + m.To == to)];

    public Task UntilAsync(Func<bool> condition, string what, int seconds = 20) =>
        Eventually.UntilAsync(() => Task.FromResult(condition()), TimeSpan.FromSeconds(seconds), what);

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await db.DisposeAsync();
    }
}
