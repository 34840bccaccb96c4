using Tendero.Ai;
using Tendero.Simulator.Models;

namespace Tendero.IntegrationTests.Models;

/// <summary>
/// la-fonda's model gateway through the real SDKs when the fake providers fail: failover down the tiers, cooldowns
/// (on <see cref="RoutedSim.HealthClock"/>), the daily budget, and one cost row for every call, failed ones included.
/// </summary>
public sealed class RouterThroughSdkFailoverTests
{
    private const string Plain = "¿a qué hora abren?";
    private const string SeveralConstraints = "Somos 6, dos celíacos y uno vegano: ¿qué platos del menú podemos pedir?";

    public static TheoryData<string, string> FastFailures => new()
    {
        { "server_error", "failed" },
        { "rate_limited", "rate_limited" },
        { "timeout", "timeout" },
    };

    [Theory]
    [MemberData(nameof(FastFailures))]
    public async Task UnderstandAsync_FastFails_OfflineAnswersAndTheFailureIsCosted(string fault, string outcome)
    {
        await using var sim = await RoutedSim.StartAsync(m => m with { Timeout = TimeSpan.FromSeconds(1) });
        sim.Faults(SimModelProvider.OpenAi).Enqueue(fault switch
        {
            "server_error" => ModelFault.ServerError(),
            "rate_limited" => ModelFault.RateLimited(TimeSpan.FromSeconds(5)),
            _ => ModelFault.Timeout(TimeSpan.FromSeconds(30)),
        });

        var understood = await sim.UnderstandAsync(Plain);

        Assert.Equal((ModelTier.Offline, Intents.InfoHours), (understood.Tier, understood.Understanding.Intent));
        await sim.JournaledAsync(1);
        Assert.Single(sim.Calls(SimModelProvider.OpenAi));
        Assert.Empty(sim.Calls(SimModelProvider.Anthropic));
        var rows = await sim.RowsAsync();
        Assert.Equal(2, rows.Count);
        CostRows.Unpaid(rows[0], "fast", outcome);
        CostRows.Offline(rows[1], $"failover: fast:{outcome}");
    }

    [Theory]
    [InlineData(SimModelProvider.OpenAi, Plain, "fast", "offline")]
    [InlineData(SimModelProvider.Anthropic, SeveralConstraints, "smart", "fast")]
    public async Task UnderstandAsync_429WithLongRetryAfter_TierRestsForTheRetryAfter(SimModelProvider provider, string text, string tier, string below)
    {
        await using var sim = await RoutedSim.StartAsync();
        sim.Faults(provider).Enqueue(ModelFault.RateLimited(TimeSpan.FromMinutes(2)));
        var restsUntil = sim.HealthClock.GetUtcNow() + TimeSpan.FromMinutes(2);

        await sim.UnderstandAsync(text);
        sim.HealthClock.Advance(sim.Business.Models.Cooldown + TimeSpan.FromSeconds(1));
        await sim.UnderstandAsync(text);
        sim.HealthClock.Advance(TimeSpan.FromMinutes(2));
        await sim.UnderstandAsync(text);

        // The Retry-After (2 min) came through the SDK's exception and outlasts la-fonda's 30 s cooldown.
        Assert.Equal([429, 200], sim.Calls(provider).Select(c => c.HttpStatus));
        var rows = await sim.RowsAsync();
        Assert.Equal([tier, below, below, tier], rows.Select(r => r.Tier));
        Assert.Equal(["rate_limited", "ok", "ok", "ok"], rows.Select(r => r.Outcome));
        Assert.Equal($"skipped: {tier} resting until {restsUntil:O}", rows[2].Note);
    }

    [Fact]
    public async Task UnderstandAsync_ThreeFastFailuresInARow_FastRestsThenIsCalledAgain()
    {
        await using var sim = await RoutedSim.StartAsync();
        sim.Faults(SimModelProvider.OpenAi).Enqueue(ModelFault.ServerError(), ModelFault.ServerError(), ModelFault.ServerError());
        var restsUntil = sim.HealthClock.GetUtcNow() + sim.Business.Models.Cooldown;

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(ModelTier.Offline, (await sim.UnderstandAsync(Plain)).Tier);
        }
        var resting = await sim.UnderstandAsync(Plain);
        var callsWhileResting = sim.Calls(SimModelProvider.OpenAi).Count;
        sim.HealthClock.Advance(sim.Business.Models.Cooldown);
        var rested = await sim.UnderstandAsync(Plain);

        Assert.Equal((ModelTier.Offline, 3, ModelTier.Fast), (resting.Tier, callsWhileResting, rested.Tier));
        var rows = await sim.RowsAsync();
        Assert.Equal(["fast", "offline", "fast", "offline", "fast", "offline", "offline", "fast"], rows.Select(r => r.Tier));
        Assert.All(new[] { rows[0], rows[2], rows[4] }, r => CostRows.Unpaid(r, "fast", "failed"));
        CostRows.Offline(rows[6], $"skipped: fast resting until {restsUntil:O}");
        CostRows.Paid(rows[7], "fast", sim.Calls(SimModelProvider.OpenAi)[3], "ok");
    }

    [Fact]
    public async Task UnderstandAsync_FastBudgetSpent_NextCallDegradesToOffline()
    {
        await using var sim = await RoutedSim.StartAsync(m => m with { Fast = m.Fast! with { DailyBudgetMicros = 1 } });

        var first = await sim.UnderstandAsync(Plain);
        var second = await sim.UnderstandAsync(Plain);

        Assert.Equal((ModelTier.Fast, ModelTier.Offline), (first.Tier, second.Tier));
        Assert.Single(sim.Calls(SimModelProvider.OpenAi));
        var rows = await sim.RowsAsync();
        Assert.Equal(2, rows.Count);
        CostRows.Paid(rows[0], "fast", sim.Calls(SimModelProvider.OpenAi)[0], "ok");
        CostRows.Offline(rows[1], "degraded: fast budget 0.000001 USD reached");
    }

    [Fact]
    public async Task UnderstandAsync_SmartOverloaded_FailsOverToFast()
    {
        await using var sim = await RoutedSim.StartAsync();
        sim.Faults(SimModelProvider.Anthropic).Enqueue(ModelFault.Overloaded());

        var understood = await sim.UnderstandAsync(SeveralConstraints);

        Assert.Equal(ModelTier.Fast, understood.Tier);
        Assert.Equal(529, Assert.Single(sim.Calls(SimModelProvider.Anthropic)).HttpStatus);
        var rows = await sim.RowsAsync();
        Assert.Equal(2, rows.Count);
        CostRows.Unpaid(rows[0], "smart", "failed");
        Assert.Contains("529", rows[0].Error, StringComparison.Ordinal);
        CostRows.Paid(rows[1], "fast", Assert.Single(sim.Calls(SimModelProvider.OpenAi)), "ok", "failover: smart:failed");
    }

    [Fact]
    public async Task UnderstandAsync_MixedFaults_OneRowPerCallFailedOnesIncluded()
    {
        await using var sim = await RoutedSim.StartAsync(m => m with { Timeout = TimeSpan.FromSeconds(1) });
        sim.Faults(SimModelProvider.OpenAi).Enqueue(
            ModelFault.ServerError(), ModelFault.Malformed(), ModelFault.Malformed(), ModelFault.Timeout(TimeSpan.FromSeconds(30)));
        sim.Faults(SimModelProvider.Anthropic).Enqueue(ModelFault.Overloaded());

        var tiers = new List<ModelTier>();
        foreach (var text in new[] { Plain, Plain, SeveralConstraints, Plain, Plain })
        {
            tiers.Add((await sim.UnderstandAsync(text)).Tier);
        }

        // 500 → offline; invalid twice → smart 529 → offline; smart; timeout → offline; fast.
        Assert.Equal([ModelTier.Offline, ModelTier.Offline, ModelTier.Smart, ModelTier.Offline, ModelTier.Fast], tiers);
        await sim.JournaledAsync(7);
        var (fast, smart) = (sim.Calls(SimModelProvider.OpenAi), sim.Calls(SimModelProvider.Anthropic));
        var rows = await sim.RowsAsync();
        Assert.Equal(fast.Count + smart.Count + tiers.Count(t => t == ModelTier.Offline), rows.Count);
        Assert.Equal(fast.Count, rows.Count(r => r.Tier == "fast"));
        Assert.Equal(smart.Count, rows.Count(r => r.Tier == "smart"));
        Assert.Equal((5, 2), (fast.Count, smart.Count));
        Assert.Equal(["failed", "ok", "invalid", "invalid", "failed", "ok", "ok", "timeout", "ok", "ok"], rows.Select(r => r.Outcome));
        Assert.Equal(["fast", "offline", "fast", "fast", "smart", "offline", "smart", "fast", "offline", "fast"], rows.Select(r => r.Tier));
    }
}
