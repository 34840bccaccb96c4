using System.Net.Http.Json;
using Tendero.IntegrationTests.Support;
using Xunit.Abstractions;

namespace Tendero.IntegrationTests.Crash;

/// <summary>
/// SIGKILL the server while fallback chains run and plain messages go out, start it again on the same database, and
/// every chain still ends where its person's behaviour says, with each step once in its history and at the provider.
/// A notify whose send was in flight at the kill reaches the provider a second time after the restart (the sent mark
/// died with the process, as for any message; see <see cref="CrashSuite"/>); those are counted and reported, and any
/// other second send fails the test. An answer made while the server was down reaches it with the provider's retry; if that
/// is after its wait ended, the chain rightly goes on as unanswered: those are allowed, counted and reported.
/// </summary>
public abstract class ChainCrashSuite(string kind, ITestOutputHelper output)
{
    private const int PerGroup = 24;
    private const int PlainMessages = 150;
    private const int MaxInFlight = 32; // DispatcherOptions.MaxConcurrency
    private static readonly TimeSpan EscalateAfter = TimeSpan.FromSeconds(8);
    private static readonly TimeSpan StartEvery = TimeSpan.FromMilliseconds(80);
    // Short, so that on PostgreSQL the sends in flight at the kill are rescued soon after the restart and land inside their waits.
    private static readonly TimeSpan SendLease = TimeSpan.FromSeconds(3);

    [SkippableFact]
    public async Task Restart_AfterSigkillMidChains_EveryChainEndsAtItsStepAndNoStepIsSentTwice()
    {
        var began = TimeProvider.System.GetTimestamp();
        await using var db = await TestDatabase.CreateAsync(kind);
        var people = ChainCrashPerson.Create(PerGroup);
        var folder = ChainCrashBusinesses.Create(people, EscalateAfter);
        var serverUrl = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var plainChats = Enumerable.Range(0, PlainMessages).Select(i => 710_000_000L + i).ToList();
        var (simulator, simUrl) = await ChainCrashWorld.StartAsync(folder, serverUrl, people, plainChats);
        await using var _ = simulator;
        var chats = people.Select(p => p.Chat.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        int ChainTelegramSends() => simulator.Journal.OutboundMessages(Simulator.SimProvider.Telegram).Count(m => chats.Contains(m.To));
        int PlainSent() => simulator.Journal.OutboundMessages().Where(m => m.Text?.StartsWith("crash-plain", StringComparison.Ordinal) == true)
            .Select(m => m.Text).Distinct().Count();

        await using var first = await ServerProcess.StartAsync(db.Connection, serverUrl, simUrl, businesses: folder, lease: SendLease);
        using var http = new HttpClient { BaseAddress = serverUrl };
        http.DefaultRequestHeaders.Authorization = new("Bearer", TestApp.ApiKey);
        var alerts = new ChainCrashAlerts(http);
        var starting = alerts.StartAsync(people, StartEvery);
        // The burst starts once the first chains reach Telegram, and the kill lands in its middle, while later chains still wait to start.
        await Eventually.UntilAsync(() => Task.FromResult(ChainTelegramSends() > 0), TimeSpan.FromSeconds(30), "a chain reaches its Telegram step");
        var burst = SendPlainAsync(http, plainChats);
        await Eventually.UntilAsync(() => Task.FromResult(PlainSent() >= PlainMessages / 4), TimeSpan.FromSeconds(30), "the burst is under way");
        await first.KillAsync();
        var killedAt = TimeProvider.System.GetUtcNow();
        await starting;
        await IgnoreDeathAsync(burst);
        var atKill = await ChainCrashLedger.AtKillAsync(db);
        output.WriteLine($"{kind}: at the kill {alerts.Chains.Count} of {people.Count} alerts were answered; chains by step: {atKill.Describe()}; " +
                         $"{PlainSent()} plain messages of {atKill.PlainQueued} queued had reached the provider.");
        Assert.True(atKill.PastTelegram > 0 && atKill.BeforeTelegram > 0, "The kill must land when some chains are past step 1 and others are not.");

        await using var second = await ServerProcess.StartAsync(db.Connection, serverUrl, simUrl, businesses: folder, lease: SendLease);
        var down = TimeProvider.System.GetUtcNow() - killedAt;
        await alerts.StartAsync(people, TimeSpan.Zero);
        Assert.Equal(people.Count, alerts.Chains.Count);
        var restarted = TimeProvider.System.GetTimestamp();
        try
        {
            await Eventually.UntilAsync(async () => await alerts.ActiveAsync() == 0, TimeSpan.FromSeconds(90), "every chain is done");
        }
        catch (Exception e) when (e is TimeoutException or HttpRequestException)
        {
            output.WriteLine(second.Output);
            throw;
        }
        var settled = TimeProvider.System.GetElapsedTime(restarted);
        await Eventually.UntilAsync(() => Task.FromResult(PlainSent() >= atKill.PlainQueued), TimeSpan.FromSeconds(30), "every plain message is sent");

        var chains = await alerts.AllAsync();
        var journal = simulator.Journal.Snapshot();
        var check = ChainCrashCheck.Run(people, alerts.Chains, chains, journal, killedAt, EscalateAfter, await ChainCrashLedger.MessagesPerChainAsync(db));
        var plain = journal.OutboundMessages.Where(m => m.Text?.StartsWith("crash-plain", StringComparison.Ordinal) == true).GroupBy(m => m.Text).ToList();
        output.WriteLine($"{kind}: the server was down {down.TotalSeconds:0.0} s; after the restart all {chains.Count} chains were done in " +
                         $"{settled.TotalSeconds:0.0} s ({check.Outcomes}); answers that reached the server after their wait: {check.Late.Count} {string.Join(", ", check.Late)}; " +
                         $"{alerts.FoundByKey} alert retries found their chain by key; " +
                         $"steps sent again because their send was in flight at the kill: {check.Resent.Count} {string.Join(", ", check.Resent)}; " +
                         $"plain messages: all {plain.Count} sent, duplicates {plain.Sum(g => g.Count() - 1)}; " +
                         $"total {TimeProvider.System.GetElapsedTime(began).TotalSeconds:0} s.");
        Assert.True(check.Problems.Count == 0, string.Join("\n", check.Problems));
        Assert.Equal(people.Count, chains.Count);
        Assert.Equal(atKill.PlainQueued, plain.Count);
        Assert.InRange(plain.Sum(g => g.Count() - 1) + check.Resent.Count, 0, MaxInFlight);
    }

    private static Task SendPlainAsync(HttpClient http, IReadOnlyList<long> chats) =>
        Parallel.ForEachAsync(Enumerable.Range(0, PlainMessages), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
        {
            var to = (i % 3) switch
            {
                0 => $"whatsapp:+5077{i:D7}",
                1 => $"telegram:{chats[i]}",
                _ => $"sms:+5077{i:D7}",
            };
            (await http.PostAsJsonAsync("/api/businesses/la-fonda/messages", new { to, text = $"crash-plain {i}" }, ct)).EnsureSuccessStatusCode();
        });

    private static async Task IgnoreDeathAsync(Task requests)
    {
        try
        {
            await requests;
        }
        catch (HttpRequestException)
        {
            // The API died mid-burst: the requests after the kill failed, as they would for a real client.
        }
    }
}

public sealed class SqliteChainCrashTests(ITestOutputHelper output) : ChainCrashSuite("sqlite", output);

public sealed class PostgresChainCrashTests(ITestOutputHelper output) : ChainCrashSuite("postgres", output);
