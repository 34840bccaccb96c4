using Tendero.Ai;
using Tendero.Ai.Routing;
using static Tendero.Tests.Ai.Routing.ScriptedChatClient;

namespace Tendero.Tests.Ai.Routing;

/// <summary>Every call to every tier leaves one cost entry, priced exactly in micro-units.</summary>
public sealed class CostEntryTests
{
    private readonly RouterSetup setup = new();

    [Fact]
    public async Task GetResponseAsync_KnownTokens_CostsTheExactMicroAmountRoundedUp()
    {
        // REFERENCE §4.4 samples: 57 in + 12 out on fast = 7.875 micros, billed as 8; 41 + 15 on smart = 58 exactly.
        var fast = new ScriptedChatClient(Answer(RouterSetup.Answer(0.9), 57, 12));
        var smart = new ScriptedChatClient(Answer(RouterSetup.Answer(0.9), 41, 15));
        var router = setup.Router(fast, smart);

        await RouterSetup.AskAsync(router, RouterSetup.Route());
        await RouterSetup.AskAsync(router, RouterSetup.Route(ModelPurpose.Complex));

        Assert.Equal([8L, 58L], setup.Ledger.Calls.Select(c => c.AmountMicros));
        var entry = setup.Ledger.Calls[0];
        Assert.Equal((RouterSetup.Business, "openai/gpt-oss-20b", ModelPurpose.Classify, 57L, 12L, "USD", setup.Time.GetUtcNow()),
            (entry.BusinessId, entry.Model, entry.Purpose, entry.InputTokens, entry.OutputTokens, entry.Currency, entry.At));
    }

    [Fact]
    public async Task GetResponseAsync_FailuresRetriesAndFallbacks_EachCallHasOneEntry()
    {
        var smart = new ScriptedChatClient(Throw(new HttpRequestException("boom")));
        var fast = new ScriptedChatClient(Answer("bad", 20, 3), Answer("bad", 20, 3));

        var response = await RouterSetup.AskAsync(setup.Router(fast, smart), RouterSetup.Route(ModelPurpose.Complex));

        Assert.Equal(ModelTier.Offline, TierRouter.TierOf(response));
        Assert.Equal([(ModelTier.Smart, CallOutcome.Failed), (ModelTier.Fast, CallOutcome.Invalid), (ModelTier.Fast, CallOutcome.Invalid), (ModelTier.Offline, CallOutcome.Ok)],
            setup.Ledger.Outcomes);
        Assert.Equal("smart:failed, fast:invalid, fast:invalid, offline:ok", response.AdditionalProperties![TierRouter.TrailKey]);
        Assert.Equal([0L, 3L, 3L, 0L], setup.Ledger.Calls.Select(c => c.AmountMicros));
    }

    [Fact]
    public async Task GetResponseAsync_NoUsageReported_CostsZeroTokens()
    {
        var fast = new ScriptedChatClient(Answer(RouterSetup.Answer(0.9), 0, 0));

        await RouterSetup.AskAsync(setup.Router(fast, null), RouterSetup.Route());

        Assert.Equal(0L, Assert.Single(setup.Ledger.Calls).AmountMicros);
    }

    [Fact]
    public async Task GetStreamingResponseAsync_RoutesAndRecordsLikeGetResponse()
    {
        var fast = new ScriptedChatClient(Answer(RouterSetup.Answer(0.9)));
        var text = "";

        await foreach (var update in setup.Router(fast, null).GetStreamingResponseAsync([new(Microsoft.Extensions.AI.ChatRole.User, "hola")], RouterSetup.Route()))
        {
            text += update.Text;
        }

        Assert.Equal(RouterSetup.Answer(0.9), text);
        Assert.Single(setup.Ledger.Calls);
    }

    [Fact]
    public async Task OfflineChatClient_RouteWithoutOfflineAnswer_ThrowsAClearError()
    {
        using var offline = new OfflineChatClient();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => offline.GetResponseAsync([], RouterSetup.Route(ModelPurpose.Reply, offline: false)));

        Assert.Contains("reply request", error.Message);
    }
}
