using Tendero.Ai;
using Tendero.Ai.Routing;
using Tendero.IntegrationTests.Support;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Storage;

/// <summary>The model cost ledger, run once per database: entries, today's spend for budgets, and totals by tier.</summary>
public abstract class ModelCallStoreSuite(string kind) : IAsyncLifetime
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 26, 17, 0, 0, TimeSpan.Zero);
    private TestDatabase? db;
    private IDatabase? database;

    private ModelCallStore Store { get; set; } = null!;

    public async Task InitializeAsync()
    {
        db = await TestDatabase.CreateAsync(kind);
        database = await db.OpenAsync();
        Store = new ModelCallStore(database);
    }

    // InitializeAsync stops early when PostgreSQL is skipped, so either may be missing.
    public async Task DisposeAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }
        if (db is not null)
        {
            await db.DisposeAsync();
        }
    }

    private static ModelCall Call(ModelTier tier, long amount, DateTimeOffset at, CallOutcome outcome = CallOutcome.Ok, string business = "la-fonda", string? note = null) =>
        new(business, tier, tier == ModelTier.Smart ? "claude-haiku-5-5" : "openai/gpt-oss-20b", ModelPurpose.Classify,
            57, 12, 240, outcome, outcome == CallOutcome.Ok ? null : "boom", amount, "USD", note, at);

    [SkippableFact]
    public async Task RecordAsync_OneCall_IsStoredWithEveryField()
    {
        await Store.RecordAsync(Call(ModelTier.Fast, 8, Noon, CallOutcome.Invalid, note: "retry: fast answer invalid (not JSON)"), default);

        var row = Assert.Single(await Store.RecentAsync("la-fonda", 10, default));

        Assert.Equal(("fast", "openai/gpt-oss-20b", "classify", 57L, 12L, 240L, "invalid", "boom", 8L, "USD", "retry: fast answer invalid (not JSON)", Noon.ToUnixTimeMilliseconds()),
            (row.Tier, row.Model, row.Purpose, row.InputTokens, row.OutputTokens, row.LatencyMs, row.Outcome, row.Error, row.AmountMicros, row.Currency, row.Note, row.CreatedAt));
    }

    [SkippableFact]
    public async Task SpentSinceAsync_SumsOnlyThatBusinessAndTierSinceTheTime()
    {
        var midnight = Noon.AddHours(-12);
        await Store.RecordAsync(Call(ModelTier.Fast, 375_000, Noon), default);
        await Store.RecordAsync(Call(ModelTier.Fast, 125_000, Noon.AddMinutes(5)), default);
        await Store.RecordAsync(Call(ModelTier.Fast, 999_000, midnight.AddTicks(-TimeSpan.TicksPerMillisecond)), default);
        await Store.RecordAsync(Call(ModelTier.Smart, 58, Noon), default);
        await Store.RecordAsync(Call(ModelTier.Fast, 7, Noon, business: "el-otro"), default);

        Assert.Equal(500_000, await Store.SpentSinceAsync("la-fonda", ModelTier.Fast, midnight, default));
        Assert.Equal(58, await Store.SpentSinceAsync("la-fonda", ModelTier.Smart, midnight, default));
        Assert.Equal(0, await Store.SpentSinceAsync("nadie", ModelTier.Fast, midnight, default));
    }

    [SkippableFact]
    public async Task TotalsAsync_DayRange_GroupsByTierWithFailuresAndDegradedCalls()
    {
        await Store.RecordAsync(Call(ModelTier.Fast, 8, Noon), default);
        await Store.RecordAsync(Call(ModelTier.Fast, 0, Noon, CallOutcome.Timeout), default);
        await Store.RecordAsync(Call(ModelTier.Offline, 0, Noon, note: "degraded: fast budget 0.50 USD reached"), default);
        await Store.RecordAsync(Call(ModelTier.Smart, 58, Noon, note: "escalated: fast confidence 0.40 below 0.75"), default);
        await Store.RecordAsync(Call(ModelTier.Smart, 58, Noon.AddDays(1)), default);

        var totals = await Store.TotalsAsync("la-fonda", Noon.AddHours(-12), Noon.AddHours(12), default);

        Assert.Equal(
            [("fast", 2L, 1L, 0L, 0L, 114L, 8L), ("offline", 1L, 0L, 1L, 0L, 57L, 0L), ("smart", 1L, 0L, 0L, 1L, 57L, 58L)],
            totals.Select(t => (t.Tier, t.Calls, t.NotOk, t.Degraded, t.Escalated, t.InputTokens, t.AmountMicros)));
        Assert.Equal(4, (await Store.TotalsAsync(null, Noon.AddHours(-12), Noon.AddHours(12), default)).Sum(t => t.Calls));
    }
}

public sealed class SqliteModelCallStoreTests() : ModelCallStoreSuite("sqlite");

public sealed class PostgresModelCallStoreTests() : ModelCallStoreSuite("postgres");
