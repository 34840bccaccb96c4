using Tendero.Ai;
using Tendero.Ai.Routing;
using static Tendero.Tests.Ai.Routing.ScriptedChatClient;

namespace Tendero.Tests.Ai.Routing;

/// <summary>A tier rests after repeated failures or a 429, is skipped while it rests, and comes back afterwards.</summary>
public sealed class CooldownTests
{
    private readonly RouterSetup setup = new();

    [Fact]
    public async Task GetResponseAsync_ThreeFailuresInAMinute_FastRestsForTheCooldownThenRecovers()
    {
        var fast = new ScriptedChatClient(Throw(new HttpRequestException("a")), Throw(new HttpRequestException("b")),
            Throw(new HttpRequestException("c")), Answer(RouterSetup.Answer(0.9)));
        var router = setup.Router(fast, null);
        for (var i = 0; i < 3; i++)
        {
            await RouterSetup.AskAsync(router, RouterSetup.Route());
            setup.Time.Advance(TimeSpan.FromSeconds(10));
        }

        var resting = await RouterSetup.AskAsync(router, RouterSetup.Route());
        setup.Time.Advance(TimeSpan.FromSeconds(20));
        var recovered = await RouterSetup.AskAsync(router, RouterSetup.Route());

        Assert.Equal(ModelTier.Offline, TierRouter.TierOf(resting));
        Assert.Equal(4, fast.Calls.Count);
        Assert.StartsWith("skipped: fast resting until", setup.Ledger.Calls[^2].Note);
        Assert.Equal(ModelTier.Fast, TierRouter.TierOf(recovered));
        Assert.Single(setup.Log.Entries, e => e.EventId == 6102);
    }

    [Fact]
    public async Task GetResponseAsync_FailuresSpreadBeyondTheWindow_DoNotRest()
    {
        var fast = new ScriptedChatClient(Throw(new HttpRequestException("a")), Throw(new HttpRequestException("b")),
            Throw(new HttpRequestException("c")), Answer(RouterSetup.Answer(0.9)));
        var router = setup.Router(fast, null);
        for (var i = 0; i < 3; i++)
        {
            await RouterSetup.AskAsync(router, RouterSetup.Route());
            setup.Time.Advance(TimeSpan.FromSeconds(31));
        }

        var response = await RouterSetup.AskAsync(router, RouterSetup.Route());

        Assert.Equal(ModelTier.Fast, TierRouter.TierOf(response));
    }

    [Fact]
    public async Task GetResponseAsync_429WithRetryAfter_RestsAtLeastThatLong()
    {
        setup.Classify = e => e is HttpRequestException { Message: "429" } ? new TierFailure(FailureKind.RateLimited, TimeSpan.FromSeconds(90)) : TierFailure.Classify(e);
        var fast = new ScriptedChatClient(Throw(new HttpRequestException("429")), Answer(RouterSetup.Answer(0.9)));
        var router = setup.Router(fast, null);

        var limited = await RouterSetup.AskAsync(router, RouterSetup.Route());
        setup.Time.Advance(TimeSpan.FromSeconds(60));
        var stillResting = await RouterSetup.AskAsync(router, RouterSetup.Route());
        setup.Time.Advance(TimeSpan.FromSeconds(30));
        var back = await RouterSetup.AskAsync(router, RouterSetup.Route());

        Assert.Equal([ModelTier.Offline, ModelTier.Offline, ModelTier.Fast], new[] { limited, stillResting, back }.Select(r => TierRouter.TierOf(r)));
        Assert.Equal(CallOutcome.RateLimited, setup.Ledger.Calls[0].Outcome);
        Assert.Equal(2, fast.Calls.Count);
    }

    [Fact]
    public async Task GetResponseAsync_RestingTierOfOneBusiness_DoesNotRestAnother()
    {
        setup.Health.RecordFailure(RouterSetup.Business, ModelTier.Fast, new TierFailure(FailureKind.RateLimited), setup.Models);
        var fast = new ScriptedChatClient(Answer(RouterSetup.Answer(0.9)));
        var other = new ModelRoute { BusinessId = "el-otro", Purpose = ModelPurpose.Classify }.ApplyTo(null);

        var response = await RouterSetup.AskAsync(setup.Router(fast, null), other);

        Assert.Equal(ModelTier.Fast, TierRouter.TierOf(response));
    }

    [Fact]
    public void RecordFailure_RetryAfterShorterThanCooldown_RestsForTheCooldown()
    {
        var until = setup.Health.RecordFailure("b", ModelTier.Smart, new TierFailure(FailureKind.RateLimited, TimeSpan.FromSeconds(2)), setup.Models);

        Assert.Equal(setup.Time.GetUtcNow() + TimeSpan.FromSeconds(30), until);
    }
}
