using System.Net.Http.Json;
using System.Text.Json;
using Tendero.Ai;
using Tendero.Ai.Routing;
using Tendero.IntegrationTests.Support;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Api;

/// <summary>The cost view: today's model calls per tier against the daily budget, and the agents' work, on the status page and in /api/status.</summary>
public sealed class StatusModelsTests
{
    [Fact]
    public async Task Status_FastBudgetSpentToday_ShowsTheSpendTheDegradesAndThatTheBudgetIsReached()
    {
        await using var db = TestDatabase.Sqlite();
        await using var app = await TestApp.StartAsync(db, workers: []);
        var now = TimeProvider.System.GetUtcNow();
        var store = app.Get<ModelCallStore>();
        // la-fonda's fast budget is 0.50 USD: one call spends it, the next one was degraded to offline.
        await store.RecordAsync(new ModelCall("la-fonda", ModelTier.Fast, "openai/gpt-oss-20b", ModelPurpose.Classify, 6_000_000, 10, 120,
            CallOutcome.Ok, null, 500_000, "USD", null, now), default);
        await store.RecordAsync(new ModelCall("la-fonda", ModelTier.Offline, "offline", ModelPurpose.Classify, 0, 0, 1,
            CallOutcome.Ok, null, 0, "USD", "degraded: fast budget 0.50 USD reached", now), default);
        // Yesterday's spend (in Panama) is not today's.
        await store.RecordAsync(new ModelCall("la-fonda", ModelTier.Smart, "claude-haiku-5-5", ModelPurpose.Complex, 10, 10, 900,
            CallOutcome.Ok, null, 30, "USD", null, now.AddDays(-2)), default);

        using var anonymous = new HttpClient { BaseAddress = app.ServerUrl };
        var page = await anonymous.GetStringAsync("/status");
        Assert.Contains("<td>la-fonda</td><td>fast</td><td>1</td><td>0</td><td>0</td><td>0</td><td>6000000/10</td><td>USD 0.50</td><td>USD 0.50 (reached: calls go to the next cheaper tier)</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td>la-fonda</td><td>offline</td><td>1</td><td>0</td><td>0</td><td>1</td>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>smart</td>", page, StringComparison.Ordinal);

        var status = await app.Http.GetFromJsonAsync<JsonElement>("/api/status");
        var tiers = status.GetProperty("models_today").EnumerateArray().Select(t => (t.GetProperty("tier").GetString(), t.GetProperty("amount_micros").GetInt64())).ToList();
        Assert.Equal([("fast", 500_000L), ("offline", 0L)], tiers);
    }
}
