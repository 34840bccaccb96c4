using Tendero.Agents;
using Tendero.Config;
using Tendero.Connectors.Actions;

namespace Tendero.IntegrationTests.Actions;

/// <summary>The actions agent and the calls ledger, run once per database: redelivery, fan-out by topic, fenced completion.</summary>
public abstract class ActionsAgentSuite(string kind) : IAsyncLifetime
{
    private static readonly WebhookTarget Pos = new(new Uri("http://127.0.0.1:9/hooks"), "s", TimeSpan.FromSeconds(10));
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private ActionWorld world = null!;

    public async Task InitializeAsync() => world = await ActionWorld.StartAsync(kind,
        new ActionConfig("pos-webhook", Topics.ReservationConfirmed, Pos),
        new ActionConfig("erp-soap", Topics.ReservationConfirmed, Pos with { }),
        new ActionConfig("staff-hook", Topics.HandoffRequested, Pos));

    public async Task DisposeAsync()
    {
        if (world is not null)
        {
            await world.DisposeAsync();
        }
    }

    private async Task HandleAndCommitAsync(AgentEvent e)
    {
        var outcome = await world.Get<ActionsAgent>().HandleAsync(e, default);
        await world.Database.WriteAsync(async (c, t) =>
        {
            await outcome.Write!(c, t, default);
            return 0;
        }, default);
    }

    private AgentEvent Confirmed(long id) =>
        new(id, ActionWorld.Business, Topics.ReservationConfirmed, "la-fonda/reservation/41", """{"reserva":41}""", world.Time.GetUtcNow());

    [SkippableFact]
    public async Task HandleAsync_SameEventTwice_QueuesOneCallPerMatchingAction()
    {
        await HandleAndCommitAsync(Confirmed(7));
        await HandleAndCommitAsync(Confirmed(7));

        var calls = await world.Store.ListAsync(ActionWorld.Business, 0, 100, default);
        Assert.Equal(["erp-soap:7", "pos-webhook:7"], calls.Select(c => c.DedupeKey).Order());
        Assert.All(calls, c => Assert.Equal(("queued", 0L), (c.State, c.Attempts)));
    }

    [SkippableFact]
    public async Task HandleAsync_TopicNoActionNames_ReturnsNothing()
    {
        var e = Confirmed(8) with { Topic = Topics.ReservationRequested };

        Assert.Same(AgentOutcome.Nothing, await world.Get<ActionsAgent>().HandleAsync(e, default));
    }

    [SkippableFact]
    public async Task HandleAsync_OtherBusiness_ReturnsNothing()
    {
        var e = Confirmed(8) with { BusinessId = "el-otro" };

        Assert.Same(AgentOutcome.Nothing, await world.Get<ActionsAgent>().HandleAsync(e, default));
    }

    [SkippableFact]
    public async Task EventLog_RedeliveredAfterALostLease_CallsEachActionOnce()
    {
        var log = new EventLog(world.Database, world.Time);
        await log.PublishAsync(new NewEvent(ActionWorld.Business, Topics.ReservationConfirmed, "k", """{"reserva":41}""", "confirmed:41"), default);
        var agent = world.Get<ActionsAgent>();
        var stale = Assert.Single(await log.ClaimAsync(AgentCatalog.Actions, "node-1", Lease, 10, default));
        var staleOutcome = await agent.HandleAsync(stale.Event, default);
        world.Time.Advance(Lease + TimeSpan.FromSeconds(1));
        var fresh = Assert.Single(await log.ClaimAsync(AgentCatalog.Actions, "node-2", Lease, 10, default));

        Assert.True(await log.CompleteAsync(fresh, "node-2", await agent.HandleAsync(fresh.Event, default), default));
        Assert.False(await log.CompleteAsync(stale, "node-1", staleOutcome, default));

        Assert.Equal(2, await world.CountAsync("SELECT COUNT(*) FROM action_calls"));
    }

    [SkippableFact]
    public async Task MarkDoneAsync_AfterTheLeaseWasTakenOver_ChangesNothing()
    {
        await world.EnqueueAsync("pos-webhook", 7, "{}");
        var stale = Assert.Single(await world.Store.ClaimDueAsync("node-1", Lease, 10, default));
        Assert.Empty(await world.Store.ClaimDueAsync("node-2", Lease, 10, default));
        world.Time.Advance(Lease + TimeSpan.FromSeconds(1));
        var fresh = Assert.Single(await world.Store.ClaimDueAsync("node-2", Lease, 10, default));

        Assert.False(await world.Store.MarkDoneAsync(stale, "node-1", 200, null, default));
        Assert.True(await world.Store.MarkFailedAsync(fresh, "node-2", 400, "bad", default));

        var call = await world.CallAsync("pos-webhook:7");
        Assert.Equal(("failed", 2L, "bad"), (call.State, call.Attempts, call.LastError));
    }

    [SkippableFact]
    public async Task EnqueueAsync_SameDeliveryTwice_KeepsOneRow()
    {
        Assert.True(await world.EnqueueAsync("pos-webhook", 7, "{}"));
        Assert.False(await world.EnqueueAsync("pos-webhook", 7, "{}"));

        Assert.Equal(1, await world.CountAsync("SELECT COUNT(*) FROM action_calls"));
    }

    [SkippableFact]
    public async Task NextDueAsync_ARetryLater_IsItsTime()
    {
        await world.EnqueueAsync("pos-webhook", 7, "{}");
        var call = Assert.Single(await world.Store.ClaimDueAsync("node-1", Lease, 10, default));
        var at = world.Time.GetUtcNow().AddMinutes(3);

        Assert.True(await world.Store.ScheduleRetryAsync(call, "node-1", at, 503, "busy", giveAttemptBack: false, default));

        Assert.Equal(at, await world.Store.NextDueAsync(default));
    }
}

public sealed class SqliteActionsAgentTests() : ActionsAgentSuite("sqlite");

public sealed class PostgresActionsAgentTests() : ActionsAgentSuite("postgres");
