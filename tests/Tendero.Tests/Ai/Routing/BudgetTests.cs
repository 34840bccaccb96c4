using Tendero.Ai;
using Tendero.Ai.Routing;
using static Tendero.Tests.Ai.Routing.ScriptedChatClient;

namespace Tendero.Tests.Ai.Routing;

/// <summary>Daily budgets per business and tier, in micro-units, over the business's local day.</summary>
public sealed class BudgetTests : IDisposable
{
    private readonly RouterSetup setup = new();

    // A million tokens each way on fast costs 0.075 + 0.30 = 0.375 USD, so two calls pass a 0.50 USD budget.
    private readonly ScriptedChatClient fast = new(Answer(RouterSetup.Answer(0.9), 1_000_000, 1_000_000));

    public BudgetTests() => setup.Models = setup.Models with { Fast = RouterSetup.Fast with { DailyBudgetMicros = 500_000 } };

    public void Dispose() => fast.Dispose();

    [Fact]
    public async Task GetResponseAsync_FastBudgetReached_DegradesToOfflineAndNotesWhy()
    {
        var router = setup.Router(fast, null);
        await RouterSetup.AskAsync(router, RouterSetup.Route());
        await RouterSetup.AskAsync(router, RouterSetup.Route());

        var degraded = await RouterSetup.AskAsync(router, RouterSetup.Route());

        Assert.Equal(ModelTier.Offline, TierRouter.TierOf(degraded));
        Assert.Equal([375_000L, 375_000L, 0L], setup.Ledger.Calls.Select(c => c.AmountMicros));
        Assert.Equal("degraded: fast budget 0.50 USD reached", setup.Ledger.Calls[2].Note);
        Assert.Equal(2, fast.Calls.Count);
    }

    [Fact]
    public async Task GetResponseAsync_BudgetReachedManyTimesInADay_WarnsOnce()
    {
        var router = setup.Router(fast, null);
        for (var i = 0; i < 5; i++)
        {
            await RouterSetup.AskAsync(router, RouterSetup.Route());
        }

        Assert.Single(setup.Log.Entries, e => e.EventId == 6103);
    }

    [Fact]
    public async Task GetResponseAsync_AtLocalMidnight_TheBudgetStartsAgain()
    {
        var router = setup.Router(fast, null);
        for (var i = 0; i < 3; i++)
        {
            await RouterSetup.AskAsync(router, RouterSetup.Route());
        }

        // 10:00 in Panama; 13:59 later is still the same local day, 14:00 later is midnight there (05:00 UTC).
        setup.Time.Advance(new TimeSpan(13, 59, 0));
        var sameDay = await RouterSetup.AskAsync(router, RouterSetup.Route());
        setup.Time.Advance(TimeSpan.FromMinutes(1));
        var nextDay = await RouterSetup.AskAsync(router, RouterSetup.Route());

        Assert.Equal((ModelTier.Offline, ModelTier.Fast), (TierRouter.TierOf(sameDay), TierRouter.TierOf(nextDay)));
        Assert.Single(setup.Log.Entries, e => e.EventId == 6103);
    }

    [Fact]
    public async Task GetResponseAsync_SmartBudgetReached_ComplexDegradesToFast()
    {
        setup.Models = setup.Models with { Smart = RouterSetup.Smart with { DailyBudgetMicros = 2_000_000 } };
        var smart = new ScriptedChatClient(Answer(RouterSetup.Answer(0.9), 1_000_000, 1_000_000));
        var cheap = new ScriptedChatClient(Answer(RouterSetup.Answer(0.9)));
        var router = setup.Router(cheap, smart);

        await RouterSetup.AskAsync(router, RouterSetup.Route(ModelPurpose.Complex));
        var degraded = await RouterSetup.AskAsync(router, RouterSetup.Route(ModelPurpose.Complex));

        Assert.Equal(3_000_000L, setup.Ledger.Calls[0].AmountMicros);
        Assert.Equal(ModelTier.Fast, TierRouter.TierOf(degraded));
        Assert.Equal("degraded: smart budget 2.00 USD reached", setup.Ledger.Calls[1].Note);
    }
}
