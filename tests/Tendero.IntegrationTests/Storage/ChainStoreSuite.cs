using Tendero.Core.Chains;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Storage;

/// <summary>Chains as timer rows, run once per database: start, claim, fenced apply and idempotency.</summary>
public abstract class ChainStoreSuite(string kind) : ChainStoreTest(kind)
{
    [SkippableFact]
    public async Task StartAsync_NewChain_ActiveDueNowAndAfterTheLedger()
    {
        await Outbox.EnqueueAsync(Business, Tendero.Core.Address.Parse("telegram:1"), "earlier", default);
        var id = await StartAsync();
        var chain = await ChainAsync(id);
        Assert.Equal(("active", 0L, Time.GetUtcNow().ToUnixTimeMilliseconds(), 0L, true), (chain.State, chain.Step, chain.NextAt, chain.Version, chain.SinceId > 0));
        Assert.Equal((false, """{"item":"tomate"}""", Plan), (chain.IsCritical, chain.Data, chain.Plan));
        Assert.Equal(Time.GetUtcNow(), await Chains.NextDueAsync(default));
    }

    [SkippableFact]
    public async Task ClaimDueAsync_DueChain_ClaimedOnceUntilTheLeaseEnds()
    {
        var id = await StartAsync();
        var claimed = await ClaimAsync(id);
        Assert.Equal((1L, Time.GetUtcNow().Add(Lease).ToUnixTimeMilliseconds()), (claimed.Version, claimed.NextAt));
        Assert.Empty(await Chains.ClaimDueAsync(Lease, 10, default));
        Time.Advance(Lease);
        Assert.Equal(2L, (await ClaimAsync(id)).Version);
    }

    [SkippableFact]
    public async Task ClaimDueAsync_ConcurrentClaimers_EachChainClaimedOnce()
    {
        for (var i = 0; i < 20; i++)
        {
            await StartAsync();
        }
        var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Chains.ClaimDueAsync(Lease, 8, default)));
        var ids = claims.SelectMany(c => c.Select(r => r.Id)).ToList();
        Assert.Equal(20, ids.Count);
        Assert.Equal(20, ids.Distinct().Count());
    }

    [SkippableFact]
    public async Task ApplyAsync_NotifyDecision_QueuesKeyedMessageAndWritesItsEvent()
    {
        var id = await StartAsync();
        var decision = NotifyWhatsApp();

        Assert.True(await Chains.ApplyAsync(await ClaimAsync(id), decision, default));

        var (chain, events) = (await Queries.GetAsync(Business, id, default))!.Value;
        Assert.Equal(("active", 1L, "read", 2L), (chain.State, chain.Step, chain.WaitingFor, chain.Version));
        Assert.Equal((decision.WaitEndsAt!.Value.ToUnixTimeMilliseconds(), decision.NextAt!.Value.ToUnixTimeMilliseconds()), (chain.WaitEndsAt!.Value, chain.NextAt!.Value));
        var e = Assert.Single(events);
        Assert.Equal((0L, "notify", "whatsapp", "queued", Time.GetUtcNow().ToUnixTimeMilliseconds()), (e.Step, e.Kind, e.Channel, e.Outcome, e.At));
        var message = await ScalarAsync<string>(
            "SELECT channel || '|' || address || '|' || kind || '|' || text || '|' || language || '|' || data || '|' || priority || '|' || chain_id || '|' || status FROM messages WHERE id = @id AND idempotency_key = @key",
            new { id = e.MessageId, key = $"chain:{id}:0" });
        Assert.Equal($"whatsapp|{MariaPhone}|stock-alert|Quedan 2 kg de tomate|es|{{\"item\":\"tomate\"}}|1|{id}|queued", message);
    }

    [SkippableFact]
    public async Task ApplyAsync_StaleVersion_WritesNothing()
    {
        var id = await StartAsync();
        var claimed = await ClaimAsync(id);
        Assert.True(await Chains.ApplyAsync(claimed, NotifyWhatsApp(), default));

        Assert.False(await Chains.ApplyAsync(claimed, NotifyWhatsApp(), default));

        Assert.Equal(1L, await ScalarAsync<long>("SELECT COUNT(*) FROM messages WHERE chain_id = @id", new { id }));
        Assert.Equal(1L, await ScalarAsync<long>("SELECT COUNT(*) FROM chain_events WHERE chain_id = @id", new { id }));
        Assert.Equal(2L, (await ChainAsync(id)).Version);
    }

    [SkippableFact]
    public async Task ApplyAsync_EndDecision_DoneWithOutcomeAndNothingDue()
    {
        var id = await StartAsync();
        var end = new ChainDecision(0, null, null, null, "acked", [new ChainEventNote(0, "end", "acked", "acknowledged on telegram")], []);

        Assert.True(await Chains.ApplyAsync(await ClaimAsync(id), end, default));

        var chain = await ChainAsync(id);
        Assert.Equal(("done", "acked", null, Time.GetUtcNow().ToUnixTimeMilliseconds()), (chain.State, chain.Outcome, chain.NextAt, chain.EndedAt));
        Assert.Null(await Chains.NextDueAsync(default));
        Assert.Empty(await Chains.ClaimDueAsync(Lease, 10, default));
        Assert.Equal(CancelOutcome.AlreadyEnded, await Queries.CancelAsync(null, id, default));
        Assert.Equal("acked", (await ChainAsync(id)).Outcome);
    }

    [SkippableFact]
    public async Task StartAsync_SameIdempotencyKey_ReturnsTheFirstChain()
    {
        var first = await StartAsync("stock:tomate:2026-11-26");
        var again = await Chains.StartAsync(new NewChain(Business, "stock-alert", "maria", true, "otra vez", null, Plan, "stock:tomate:2026-11-26"), default);
        Assert.Equal((first, false), again);
        Assert.NotEqual(first, await StartAsync("stock:tomate:2026-11-26", business: "el-otro"));
        Assert.NotEqual(await StartAsync(), await StartAsync());
        Assert.Equal(4, (await Queries.ListAsync(null, null, 0, 10, default)).Count);
    }

    [SkippableFact]
    public async Task ReleaseClaimsAsync_ClaimedChain_DueAgainAtOnce()
    {
        var id = await StartAsync();
        await ClaimAsync(id);
        Assert.Equal(1, await Chains.ReleaseClaimsAsync(Lease, default));
        Assert.Equal(3L, (await ClaimAsync(id)).Version);
    }
}

public sealed class SqliteChainStoreTests() : ChainStoreSuite("sqlite");

public sealed class PostgresChainStoreTests() : ChainStoreSuite("postgres");
