using Tendero.Ai;
using Tendero.Ai.Routing;
using static Tendero.Tests.Ai.Routing.ScriptedChatClient;

namespace Tendero.Tests.Ai.Routing;

/// <summary>Escalation from fast to smart: an unsure answer, or an invalid one twice.</summary>
public sealed class EscalationTests
{
    private readonly RouterSetup setup = new();

    [Fact]
    public async Task GetResponseAsync_FastUnsure_EscalatesToSmartAndNotesWhy()
    {
        var fast = new ScriptedChatClient(Answer(RouterSetup.Answer(0.4)));
        var smart = new ScriptedChatClient(Answer(RouterSetup.Answer(0.95)));

        var response = await RouterSetup.AskAsync(setup.Router(fast, smart), RouterSetup.Route());

        Assert.Equal((RouterSetup.Answer(0.95), ModelTier.Smart), (response.Text, TierRouter.TierOf(response)));
        Assert.Equal([(ModelTier.Fast, CallOutcome.Ok), (ModelTier.Smart, CallOutcome.Ok)], setup.Ledger.Outcomes);
        Assert.Equal("escalated: fast confidence 0.40 below 0.75", setup.Ledger.Calls[1].Note);
        Assert.Equal("fast:ok, smart:ok", response.AdditionalProperties![TierRouter.TrailKey]);
    }

    [Fact]
    public async Task GetResponseAsync_FastSureEnough_StaysOnFast()
    {
        var fast = new ScriptedChatClient(Answer(RouterSetup.Answer(0.75)));
        var smart = new ScriptedChatClient(Answer(RouterSetup.Answer(0.95)));

        var response = await RouterSetup.AskAsync(setup.Router(fast, smart), RouterSetup.Route());

        Assert.Equal(ModelTier.Fast, TierRouter.TierOf(response));
        Assert.Empty(smart.Calls);
    }

    [Fact]
    public async Task GetResponseAsync_ForcedFastUnsure_DoesNotEscalate()
    {
        var fast = new ScriptedChatClient(Answer(RouterSetup.Answer(0.1)));
        var smart = new ScriptedChatClient(Answer(RouterSetup.Answer(0.95)));

        var response = await RouterSetup.AskAsync(setup.Router(fast, smart), RouterSetup.Route(tier: ModelTier.Fast));

        Assert.Equal(ModelTier.Fast, TierRouter.TierOf(response));
        Assert.Empty(smart.Calls);
    }

    [Fact]
    public async Task GetResponseAsync_FastInvalidTwice_RetriesOnceThenEscalates()
    {
        var fast = new ScriptedChatClient(Answer("not json"), Answer("{\"intent\":1}"));
        var smart = new ScriptedChatClient(Answer(RouterSetup.Answer(0.9)));

        var response = await RouterSetup.AskAsync(setup.Router(fast, smart), RouterSetup.Route());

        Assert.Equal(ModelTier.Smart, TierRouter.TierOf(response));
        Assert.Equal(2, fast.Calls.Count);
        Assert.Equal([(ModelTier.Fast, CallOutcome.Invalid), (ModelTier.Fast, CallOutcome.Invalid), (ModelTier.Smart, CallOutcome.Ok)], setup.Ledger.Outcomes);
        Assert.Equal(["not JSON", "no confidence", null], setup.Ledger.Calls.Select(c => c.Error));
        Assert.Equal("retry: fast answer invalid (not JSON)", setup.Ledger.Calls[1].Note);
        Assert.Equal("escalated: fast answer invalid twice (no confidence)", setup.Ledger.Calls[2].Note);
    }

    [Fact]
    public async Task GetResponseAsync_FastInvalidOnceThenValid_StaysOnFast()
    {
        var fast = new ScriptedChatClient(Answer("```"), Answer(RouterSetup.Answer(0.9)));
        var smart = new ScriptedChatClient(Answer(RouterSetup.Answer(0.9)));

        var response = await RouterSetup.AskAsync(setup.Router(fast, smart), RouterSetup.Route());

        Assert.Equal((ModelTier.Fast, 2), (TierRouter.TierOf(response), fast.Calls.Count));
        Assert.Empty(smart.Calls);
    }

    [Fact]
    public async Task GetResponseAsync_SmartInvalidAfterAnUnsureFast_ReturnsTheFastAnswer()
    {
        var fast = new ScriptedChatClient(Answer(RouterSetup.Answer(0.5)));
        var smart = new ScriptedChatClient(Answer("nope"));

        var response = await RouterSetup.AskAsync(setup.Router(fast, smart), RouterSetup.Route());

        Assert.Equal((RouterSetup.Answer(0.5), ModelTier.Fast), (response.Text, TierRouter.TierOf(response)));
        Assert.Equal(2, smart.Calls.Count);
        Assert.DoesNotContain(setup.Ledger.Calls, c => c.Tier == ModelTier.Offline);
    }

    [Fact]
    public async Task GetResponseAsync_EveryModelInvalid_OfflineAnswers()
    {
        var fast = new ScriptedChatClient(Answer("nope"));
        var smart = new ScriptedChatClient(Answer("nope"));

        var response = await RouterSetup.AskAsync(setup.Router(fast, smart), RouterSetup.Route());

        Assert.Equal(ModelTier.Offline, TierRouter.TierOf(response));
        Assert.Equal((2, 2), (fast.Calls.Count, smart.Calls.Count));
        Assert.Equal(5, setup.Ledger.Calls.Count);
    }

    [Fact]
    public async Task GetResponseAsync_UnsureFastWhileSmartIsAbsent_ReturnsTheFastAnswer()
    {
        setup.Models = setup.Models with { Smart = null };
        var fast = new ScriptedChatClient(Answer(RouterSetup.Answer(0.3)));

        var response = await RouterSetup.AskAsync(setup.Router(fast, null), RouterSetup.Route());

        Assert.Equal(ModelTier.Fast, TierRouter.TierOf(response));
        Assert.Single(setup.Ledger.Calls);
    }
}
