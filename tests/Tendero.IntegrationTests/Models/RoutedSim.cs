using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Tendero.Ai;
using Tendero.Ai.Routing;
using Tendero.Cli;
using Tendero.Config;
using Tendero.IntegrationTests.Support;
using Tendero.Simulator.Models;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Models;

/// <summary>
/// la-fonda's real <see cref="ModelGateway"/> (OpenAI SDK → fake Groq, Anthropic SDK → fake Claude, the offline classifier)
/// against the simulator with <see cref="SimulatorBrain"/>, costing to a fresh SQLite database. The gateway runs on the
/// real clock (the SDKs' timeouts are real); <see cref="TierHealth"/> runs on <see cref="HealthClock"/>, so a test ends a
/// cooldown by advancing it instead of waiting.
/// </summary>
public sealed class RoutedSim : IAsyncDisposable
{
    private readonly ModelSim sim;
    private readonly TestDatabase database;
    private readonly IDatabase db;

    private RoutedSim(ModelSim sim, TestDatabase database, IDatabase db, BusinessConfig business)
    {
        (this.sim, this.database, this.db, Business) = (sim, database, db, business);
        Store = new ModelCallStore(db);
        Gateway = new ModelGateway(Store, new TierHealth(HealthClock), TimeProvider.System, NullLoggerFactory.Instance);
    }

    public BusinessConfig Business { get; }

    public ModelGateway Gateway { get; }

    public ModelCallStore Store { get; }

    public FakeTimeProvider HealthClock { get; } = new(TimeProvider.System.GetUtcNow());

    public ModelEndpoint Fast => Business.Models.Fast!;

    public ModelEndpoint Smart => Business.Models.Smart!;

    /// <param name="edit">Changes la-fonda's models section (timeouts, cooldown, budgets) before the gateway is built.</param>
    public static async Task<RoutedSim> StartAsync(Func<ModelsConfig, ModelsConfig>? edit = null)
    {
        var sim = await ModelSim.StartAsync(new SimulatorBrain());
        var keys = new Secrets(v => v switch { "GROQ_API_KEY" => ModelSim.GroqKey, "ANTHROPIC_API_KEY" => ModelSim.ClaudeKey, _ => null }, allowDemoDefaults: true);
        var business = BusinessLoader.LoadFile(Path.Combine(RepoPaths.Businesses, "la-fonda.yaml"), keys, sim.Simulator.BaseAddress);
        var models = business.Models with { Timeout = TimeSpan.FromSeconds(5) };
        var database = TestDatabase.Sqlite();
        var db = await database.OpenAsync();
        return new RoutedSim(sim, database, db, business with { Models = edit?.Invoke(models) ?? models });
    }

    public ModelFaults Faults(SimModelProvider provider) => sim.Models.Faults(provider);

    public IReadOnlyList<ModelCallRecord> Calls(SimModelProvider provider) => sim.Models.Calls(provider);

    public Task<Understood> UnderstandAsync(string text) =>
        Gateway.UnderstandAsync(Business, text, TimeProvider.System.GetUtcNow(), CancellationToken.None);

    /// <summary>la-fonda's cost rows, oldest first.</summary>
    public async Task<IReadOnlyList<ModelCallRow>> RowsAsync() =>
        (await Store.RecentAsync(Business.Id, 1000, CancellationToken.None)).Reverse().ToList();

    /// <summary>Waits until the fake servers have journaled <paramref name="count"/> calls (a hung-up call is journaled late).</summary>
    public Task JournaledAsync(int count) =>
        Eventually.UntilAsync(() => Task.FromResult(sim.Models.Calls().Count >= count), TimeSpan.FromSeconds(5), $"{count} model calls journaled");

    public async ValueTask DisposeAsync()
    {
        Gateway.RouterFor(Business).Dispose();
        await db.DisposeAsync();
        await database.DisposeAsync();
        await sim.DisposeAsync();
    }
}
