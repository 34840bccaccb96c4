using Tendero.Ai;
using Tendero.Ai.Routing;
using Tendero.Config;
using static Tendero.Tests.Ai.Routing.ScriptedChatClient;

namespace Tendero.Tests.Ai.Routing;

/// <summary>Which tier a call starts on: by purpose, by constraints, forced, and when a tier is absent.</summary>
public sealed class TierChoiceTests : IDisposable
{
    private readonly RouterSetup setup = new();
    private readonly ScriptedChatClient fast = new(Answer(RouterSetup.Answer(0.9)));
    private readonly ScriptedChatClient smart = new(Answer(RouterSetup.Answer(0.9)));

    public void Dispose()
    {
        fast.Dispose();
        smart.Dispose();
    }

    [Theory]
    [InlineData(ModelPurpose.Classify, 0, ModelTier.Fast)]
    [InlineData(ModelPurpose.Extract, 0, ModelTier.Fast)]
    [InlineData(ModelPurpose.FillTemplate, 0, ModelTier.Fast)]
    [InlineData(ModelPurpose.Reply, 1, ModelTier.Fast)]
    [InlineData(ModelPurpose.Complex, 0, ModelTier.Smart)]
    [InlineData(ModelPurpose.Classify, 2, ModelTier.Smart)]
    [InlineData(ModelPurpose.Reply, 3, ModelTier.Smart)]
    public async Task GetResponseAsync_PurposeAndConstraints_StartsOnTheirTier(ModelPurpose purpose, int constraints, ModelTier expected)
    {
        var response = await RouterSetup.AskAsync(setup.Router(fast, smart), RouterSetup.Route(purpose, constraints));

        Assert.Equal(expected, TierRouter.TierOf(response));
        Assert.Equal(expected == ModelTier.Fast ? (1, 0) : (0, 1), (fast.Calls.Count, smart.Calls.Count));
    }

    [Theory]
    [InlineData(ModelPurpose.Complex, ModelTier.Fast)]
    [InlineData(ModelPurpose.Classify, ModelTier.Smart)]
    [InlineData(ModelPurpose.Classify, ModelTier.Offline)]
    public async Task GetResponseAsync_ForcedTier_IsHonouredExactly(ModelPurpose purpose, ModelTier forced)
    {
        var response = await RouterSetup.AskAsync(setup.Router(fast, smart), RouterSetup.Route(purpose, tier: forced));

        Assert.Equal(forced, TierRouter.TierOf(response));
        Assert.Equal([forced], setup.Ledger.Calls.Select(c => c.Tier));
    }

    [Fact]
    public async Task GetResponseAsync_SmartAbsent_ComplexStartsOnFast()
    {
        setup.Models = new ModelsConfig { Fast = RouterSetup.Fast };

        var response = await RouterSetup.AskAsync(setup.Router(fast, null), RouterSetup.Route(ModelPurpose.Complex));

        Assert.Equal(ModelTier.Fast, TierRouter.TierOf(response));
    }

    [Fact]
    public async Task GetResponseAsync_NoRemoteTier_OfflineAnswersAndIsRecordedAtZeroCost()
    {
        setup.Models = ModelsConfig.OfflineOnly;

        var response = await RouterSetup.AskAsync(setup.Router(null, null), RouterSetup.Route());

        Assert.Equal(("""{"c":0.5,"offline":true}""", ModelTier.Offline), (response.Text, TierRouter.TierOf(response)));
        var entry = Assert.Single(setup.Ledger.Calls);
        Assert.Equal((ModelTier.Offline, "offline", 0L, 0L, CallOutcome.Ok), (entry.Tier, entry.Model, entry.InputTokens, entry.AmountMicros, entry.Outcome));
    }

    [Fact]
    public async Task GetResponseAsync_NoTierCanAnswer_ThrowsModelUnavailable()
    {
        setup.Models = ModelsConfig.OfflineOnly;

        var error = await Assert.ThrowsAsync<ModelUnavailableException>(
            () => RouterSetup.AskAsync(setup.Router(null, null), RouterSetup.Route(ModelPurpose.Reply, offline: false)));

        Assert.Contains("reply", error.Message);
    }

    [Fact]
    public async Task GetResponseAsync_ToTheProvider_SendsTheTiersModelWithoutTheRouteOrClaudeSamplingSettings()
    {
        var options = RouterSetup.Route(ModelPurpose.Complex);
        options.Temperature = 0.2f;

        await RouterSetup.AskAsync(setup.Router(fast, smart), options);

        var sent = Assert.Single(smart.Calls)!;
        Assert.Equal(("claude-haiku-5-5", null), (sent.ModelId, sent.Temperature));
        Assert.False(sent.AdditionalProperties?.ContainsKey(ModelRoute.Key) ?? false);
    }

    [Fact]
    public void Constructor_RemoteClientWithoutEndpoint_IsRefused()
    {
        setup.Models = ModelsConfig.OfflineOnly;

        var error = Assert.Throws<ArgumentException>(() => setup.Router(fast, null));

        Assert.Contains("could not be priced", error.Message);
    }
}
