using System.Net;
using Tendero.Ai;
using Tendero.Ai.Routing;
using static Tendero.Tests.Ai.Routing.ScriptedChatClient;

namespace Tendero.Tests.Ai.Routing;

/// <summary>Failing over down the tiers on errors and timeouts, but never on the caller's own cancellation.</summary>
public sealed class FailoverTests
{
    private readonly RouterSetup setup = new();

    [Fact]
    public async Task GetResponseAsync_SmartErrs_FastAnswersAndTheFailureIsRecordedAtZero()
    {
        var smart = new ScriptedChatClient(Throw(new HttpRequestException("overloaded", null, (HttpStatusCode)529)));
        var fast = new ScriptedChatClient(Answer(RouterSetup.Answer(0.9)));

        var response = await RouterSetup.AskAsync(setup.Router(fast, smart), RouterSetup.Route(ModelPurpose.Complex));

        Assert.Equal(ModelTier.Fast, TierRouter.TierOf(response));
        var failed = setup.Ledger.Calls[0];
        Assert.Equal((ModelTier.Smart, CallOutcome.Failed, "overloaded", 0L, 0L, 0L),
            (failed.Tier, failed.Outcome, failed.Error, failed.InputTokens, failed.OutputTokens, failed.AmountMicros));
        Assert.Equal("failover: smart:failed", setup.Ledger.Calls[1].Note);
        Assert.Contains(setup.Log.Entries, e => e.EventId == 6101);
    }

    [Fact]
    public async Task GetResponseAsync_FastHangsPastTheTimeout_OfflineAnswers()
    {
        var fast = new ScriptedChatClient(Hang());
        var ask = RouterSetup.AskAsync(setup.Router(fast, null), RouterSetup.Route());
        await fast.Hanging.Task;

        setup.Time.Advance(TimeSpan.FromSeconds(10));
        var response = await ask;

        Assert.Equal(ModelTier.Offline, TierRouter.TierOf(response));
        Assert.Equal([(ModelTier.Fast, CallOutcome.Timeout), (ModelTier.Offline, CallOutcome.Ok)], setup.Ledger.Outcomes);
        Assert.Equal("no answer within 10s", setup.Ledger.Calls[0].Error);
    }

    [Fact]
    public async Task GetResponseAsync_CallerCancels_ThrowsWithoutFailingOver()
    {
        var fast = new ScriptedChatClient(Hang());
        using var cancel = new CancellationTokenSource();
        var ask = RouterSetup.AskAsync(setup.Router(fast, null), RouterSetup.Route(), cancel.Token);
        await fast.Hanging.Task;

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ask);
        Assert.Equal([(ModelTier.Fast, CallOutcome.Cancelled)], setup.Ledger.Outcomes);
        Assert.Null(setup.Health.RestingUntil(RouterSetup.Business, ModelTier.Fast));
    }

    [Fact]
    public async Task GetResponseAsync_ForcedSmartErrs_StillFailsOverAndLogsIt()
    {
        var smart = new ScriptedChatClient(Throw(new HttpRequestException("down")));
        var fast = new ScriptedChatClient(Answer(RouterSetup.Answer(0.9)));

        var response = await RouterSetup.AskAsync(setup.Router(fast, smart), RouterSetup.Route(tier: ModelTier.Smart));

        Assert.Equal(ModelTier.Fast, TierRouter.TierOf(response));
        Assert.Contains(setup.Log.Entries, e => e.EventId == 6105);
    }

    [Fact]
    public async Task GetResponseAsync_SmartErrsAfterEscalation_ReturnsTheUnsureFastAnswerWithoutCallingFastAgain()
    {
        var fast = new ScriptedChatClient(Answer(RouterSetup.Answer(0.6)));
        var smart = new ScriptedChatClient(Throw(new HttpRequestException("down")));

        var response = await RouterSetup.AskAsync(setup.Router(fast, smart), RouterSetup.Route());

        Assert.Equal((ModelTier.Fast, 1), (TierRouter.TierOf(response), fast.Calls.Count));
    }

    [Theory]
    [InlineData(429, FailureKind.RateLimited)]
    [InlineData(401, FailureKind.Permanent)]
    [InlineData(408, FailureKind.Timeout)]
    [InlineData(503, FailureKind.Transient)]
    public void Classify_HttpStatus_IsToldApart(int status, FailureKind kind) =>
        Assert.Equal(kind, TierFailure.Classify(new HttpRequestException("x", null, (HttpStatusCode)status)).Kind);

    [Fact]
    public void Classify_TimeoutsAndUnknownErrors_AreTimeoutAndTransient()
    {
        Assert.Equal(FailureKind.Timeout, TierFailure.Classify(new TaskCanceledException()).Kind);
        Assert.Equal(FailureKind.Timeout, TierFailure.Classify(new TimeoutException()).Kind);
        Assert.Equal(FailureKind.Transient, TierFailure.Classify(new InvalidOperationException()).Kind);
    }
}
