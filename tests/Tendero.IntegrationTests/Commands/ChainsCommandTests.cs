using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Tendero.Cli;
using Tendero.Core;
using Tendero.Core.Chains;
using Tendero.IntegrationTests.Support;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Commands;

/// <summary><c>tendero chains</c> on a database with no server running: the chains are made first, then the verb runs in-process.</summary>
public sealed partial class ChainsCommandTests : IAsyncLifetime, IDisposable
{
    private readonly TestDatabase db = TestDatabase.Sqlite();
    private readonly StringWriter output = new();
    private readonly StringWriter errors = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await db.DisposeAsync();

    public void Dispose()
    {
        output.Dispose();
        errors.Dispose();
    }

    [Fact]
    public async Task Chains_SeveralChains_TableShowsStateOutcomeAndNextAt()
    {
        await SeedAsync();
        Assert.Equal(0, await RunAsync("chains"));
        var text = output.ToString();
        foreach (var expected in new[] { "maria", "kitchen", "pedro", "el-otro", "stock-alert", "active", "acked", "next at" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
        Assert.Matches(IsoTime(), text);
    }

    [Fact]
    public async Task Chains_StateAndBusinessFilters_OnlyThoseChains()
    {
        await SeedAsync();
        Assert.Equal(0, await RunAsync("chains", "--state", "done", "--business", "la-fonda"));
        var text = output.ToString();
        Assert.Contains("kitchen", text, StringComparison.Ordinal);
        Assert.DoesNotContain("maria", text, StringComparison.Ordinal);
        Assert.DoesNotContain("pedro", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chains_FullPage_SaysHowToGetTheNextOne()
    {
        var (active, _) = await SeedAsync();
        Assert.Equal(0, await RunAsync("chains", "--limit", "1", "--state", "active"));
        Assert.Contains($"tendero chains --state active --after {Id(active)}", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChainsShow_NotifiedChain_PrintsHistoryWithIsoTimesAndMessageId()
    {
        var (active, _) = await SeedAsync();
        Assert.Equal(0, await RunAsync("chains", "show", Id(active)));
        var text = output.ToString();
        var messageId = (await GetAsync(active)).Events.Single().MessageId;
        Assert.Matches(new Regex($@"0\s+│\s+notify\s+│\s+whatsapp\s+│\s+queued\s+│.*{IsoTime()}\s+│\s+{messageId}\s"), text);
        Assert.Contains("Quedan 2 kg de tomate", text, StringComparison.Ordinal);
        Assert.Contains("waiting for", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChainsCancel_ActiveChain_CancelledAndExit0()
    {
        var (active, _) = await SeedAsync();
        Assert.Equal(0, await RunAsync("chains", "cancel", Id(active), "--business", "la-fonda"));
        Assert.Contains($"Chain {active} is cancelled", output.ToString(), StringComparison.Ordinal);
        var chain = await ChainAsync(active);
        Assert.Equal(("done", "cancelled"), (chain.State, chain.Outcome));
    }

    [Fact]
    public async Task ChainsCancel_EndedChain_Exit1WithItsOutcome()
    {
        var (_, done) = await SeedAsync();
        Assert.Equal(1, await RunAsync("chains", "cancel", Id(done)));
        Assert.Contains($"Chain {done} already ended as acked; there is nothing to cancel.", errors.ToString(), StringComparison.Ordinal);
        Assert.Equal("acked", (await ChainAsync(done)).Outcome);
    }

    [Theory]
    [InlineData("chains", "show", "999999")]
    [InlineData("chains", "cancel", "999999")]
    [InlineData("chains", "cancel", "{active}", "--business", "el-otro")]
    [InlineData("chains", "--limit", "0")]
    [InlineData("chains", "--state", "paused")]
    public async Task Chains_UnknownIdOrBadArguments_Exit1WithReason(params string[] args)
    {
        var (active, _) = await SeedAsync();
        Assert.Equal(1, await RunAsync([.. args.Select(a => a.Replace("{active}", Id(active), StringComparison.Ordinal))]));
        Assert.NotEqual("", errors.ToString().Trim());
        Assert.Equal("active", (await ChainAsync(active)).State);
    }

    private async Task<int> RunAsync(params string[] args)
    {
        var root = new RootCommand { ChainsCommand.Create(PlainConsole.To(output), PlainConsole.To(errors)) };
        return await root.Parse([.. args, "--db", db.Connection]).InvokeAsync();
    }

    /// <summary>
    /// la-fonda: María's chain notified on WhatsApp and waiting for a read, the kitchen's acked and done;
    /// el-otro: Pedro's, not yet looked at.
    /// </summary>
    private async Task<(long Active, long Done)> SeedAsync()
    {
        await using var database = await db.OpenAsync();
        var chains = new ChainStore(database, TimeProvider.System);
        var plan = ChainPlanJson.Freeze(new ChainPolicy("stock-alert", [new NotifyStep(ChannelKind.WhatsApp), new WaitStep(TimeSpan.FromHours(2), ChainSignal.Read)], null));
        async Task<ChainRow> StartAsync(string business, string person)
        {
            var (id, _) = await chains.StartAsync(new NewChain(business, "stock-alert", person, false, "Quedan 2 kg de tomate", null, plan, null), default);
            return Assert.Single(await chains.ClaimDueAsync(TimeSpan.FromMinutes(1), 10, default), c => c.Id == id);
        }
        var active = await StartAsync("la-fonda", "maria");
        var ends = TimeProvider.System.GetUtcNow().AddHours(2);
        await chains.ApplyAsync(active, new ChainDecision(1, ChainSignal.Read, ends, ends, null,
            [new ChainEventNote(0, "notify", "queued", null, ChannelKind.WhatsApp)], [new ChainNotify(0, new Address(ChannelKind.WhatsApp, "+50760001111"), "es")]), default);
        var done = await StartAsync("la-fonda", "kitchen");
        await chains.ApplyAsync(done, new ChainDecision(0, null, null, null, "acked", [new ChainEventNote(0, "end", "acked", "acknowledged on telegram")], []), default);
        await chains.StartAsync(new NewChain("el-otro", "stock-alert", "pedro", true, "Sin gas", null, plan, null), default);
        return (active.Id, done.Id);
    }

    private async Task<(ChainRow Chain, IReadOnlyList<ChainEventRow> Events)> GetAsync(long id)
    {
        await using var database = await db.OpenAsync();
        return (await new ChainQueries(database, TimeProvider.System).GetAsync(null, id, default))!.Value;
    }

    private async Task<ChainRow> ChainAsync(long id) => (await GetAsync(id)).Chain;

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00")]
    private static partial Regex IsoTime();
}
