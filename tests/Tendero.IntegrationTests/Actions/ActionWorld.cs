using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tendero.Config;
using Tendero.Connectors.Actions;
using Tendero.Delivery;
using Tendero.Hosting;
using Tendero.IntegrationTests.Support;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Actions;

/// <summary>
/// The actions capability as the server registers it (<see cref="ActionsSetup.AddActions"/>), on a fresh database and
/// a fake clock, for one business whose actions the test chooses. The worker is driven round by round.
/// </summary>
public sealed class ActionWorld : IAsyncDisposable
{
    public const string Business = "la-fonda";

    private readonly TestDatabase db;
    private readonly ServiceProvider services;

    private ActionWorld(TestDatabase db, IDatabase database, ServiceProvider services, FakeTimeProvider time)
    {
        (this.db, Database, this.services, Time) = (db, database, services, time);
    }

    public IDatabase Database { get; }

    public FakeTimeProvider Time { get; }

    public ActionOptions Options => services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ActionOptions>>().Value;

    public ActionCallStore Store => services.GetRequiredService<ActionCallStore>();

    public ActionWorker Worker => services.GetRequiredService<ActionWorker>();

    public T Get<T>() where T : notnull => services.GetRequiredService<T>();

    public static async Task<ActionWorld> StartAsync(string kind, params ActionConfig[] actions)
    {
        var db = await TestDatabase.CreateAsync(kind);
        var database = await db.OpenAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 15, 0, 0, TimeSpan.Zero));
        var business = new BusinessConfig(Business, "La Fonda", TimeZoneInfo.Utc, "es", new Dictionary<string, string>(), null, null, null, "test.yaml")
        {
            Actions = actions,
        };
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(time)
            .AddSingleton(database)
            .AddSingleton(new Businesses([business]))
            .AddSingleton<WorkSignals>()
            .AddSingleton(Microsoft.Extensions.Options.Options.Create(new ServerOptions { NodeId = "node-1" }))
            .AddSingleton<Tendero.Agents.ActionsAgent>()
            .AddActions(1, o => o.MaxAttempts = 3)
            .BuildServiceProvider();
        return new ActionWorld(db, database, services, time);
    }

    public Task<bool> EnqueueAsync(string action, long eventId, string payload, string topic = "reservation.confirmed") =>
        Store.EnqueueAsync(new NewActionCall(Business, action, eventId, topic, payload, Time.GetUtcNow()), default);

    public async Task<ActionCallState> CallAsync(string dedupeKey) =>
        (await Store.ListAsync(Business, 0, 100, default)).Single(c => c.DedupeKey == dedupeKey);

    public Task<long> CountAsync(string sql) => Database.ReadAsync(c => c.ExecuteScalarAsync<long>(sql), default);

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await Database.DisposeAsync();
        await db.DisposeAsync();
    }
}
