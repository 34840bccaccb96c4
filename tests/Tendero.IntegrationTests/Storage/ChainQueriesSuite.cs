using Tendero.Storage;

namespace Tendero.IntegrationTests.Storage;

/// <summary>Chains as people look at them, run once per database: one with its history, a page of them, and cancelling one.</summary>
public abstract class ChainQueriesSuite(string kind) : ChainStoreTest(kind)
{
    [SkippableFact]
    public async Task CancelAsync_ActiveChain_DoneCancelledWithAnEndEvent()
    {
        var (id, _) = await StartAndNotifyAsync();

        Assert.Equal(CancelOutcome.Cancelled, await Queries.CancelAsync(Business, id, default));

        var (chain, events) = (await Queries.GetAsync(Business, id, default))!.Value;
        Assert.Equal(("done", "cancelled", null, null), (chain.State, chain.Outcome, chain.NextAt, chain.WaitingFor));
        Assert.Equal((1L, "end", "cancelled"), (events[^1].Step, events[^1].Kind, events[^1].Outcome));
        Assert.Equal(CancelOutcome.AlreadyEnded, await Queries.CancelAsync(Business, id, default));
        Assert.Equal(2, (await Queries.GetAsync(Business, id, default))!.Value.Events.Count);
    }

    [SkippableFact]
    public async Task CancelAsync_UnknownIdOrOtherBusiness_NotFoundAndNoBusinessFindsIt()
    {
        var id = await StartAsync();
        Assert.Equal(CancelOutcome.NotFound, await Queries.CancelAsync(Business, id + 100, default));
        Assert.Equal(CancelOutcome.NotFound, await Queries.CancelAsync("el-otro", id, default));
        Assert.Equal("active", (await ChainAsync(id)).State);
        Assert.Null(await Queries.GetAsync("el-otro", id, default));
        Assert.Equal(Business, (await Queries.GetAsync(null, id, default))!.Value.Chain.BusinessId);
        Assert.Equal(CancelOutcome.Cancelled, await Queries.CancelAsync(null, id, default));
    }

    [SkippableFact]
    public async Task ListAsync_StateAfterAndLimit_PagesOldestFirst()
    {
        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await StartAsync());
        }
        await StartAsync(business: "el-otro");
        await Queries.CancelAsync(Business, ids[1], default);

        var page1 = await Queries.ListAsync(Business, null, 0, 3, default);
        var page2 = await Queries.ListAsync(Business, null, page1[^1].Id, 3, default);
        Assert.Equal(ids, page1.Concat(page2).Select(c => c.Id));
        Assert.Equal([ids[1]], (await Queries.ListAsync(Business, "done", 0, 10, default)).Select(c => c.Id));
        Assert.Equal(5, (await Queries.ListAsync(null, "active", 0, 10, default)).Count);
    }
}

public sealed class SqliteChainQueriesTests() : ChainQueriesSuite("sqlite");

public sealed class PostgresChainQueriesTests() : ChainQueriesSuite("postgres");
