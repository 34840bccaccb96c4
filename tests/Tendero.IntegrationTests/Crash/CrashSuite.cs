using System.Net.Http.Json;
using System.Text.Json;
using Tendero.Config;
using Tendero.IntegrationTests.Support;
using Tendero.Simulator;
using Xunit.Abstractions;

namespace Tendero.IntegrationTests.Crash;

/// <summary>
/// Kill the server with SIGKILL while it sends, start it again on the same database, and every queued message is
/// still sent. The duplicates the restart caused (rows the provider had accepted but whose "sent" mark died with the
/// process) are counted and reported; they can be at most the sends that were in flight.
/// </summary>
public abstract class CrashSuite(string kind, ITestOutputHelper output)
{
    private const int Messages = 600;
    private const int MaxInFlight = 32; // DispatcherOptions.MaxConcurrency

    [SkippableFact]
    public async Task Restart_AfterSigkillWhileSending_EveryQueuedMessageIsSentOnce()
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        var serverUrl = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var businesses = BusinessLoader.LoadDirectory(TestBusinesses.Path, Secrets.FromProcess(true), new Uri("http://127.0.0.1"));
        var options = Cli.SimulatorHost.OptionsFor(businesses, serverUrl);
        var chats = Enumerable.Range(0, Messages / 3).Select(i => 700_000_000L + i).ToList();
        options.Behaviour = new SimBehaviour { EnforceWhatsAppWindow = false, KnownTelegramChats = chats };
        await using var simulator = new ProviderSimulator(options, TimeProvider.System);
        var simUrl = await simulator.StartAsync();

        await using var first = await ServerProcess.StartAsync(db.Connection, serverUrl, simUrl);
        using var http = new HttpClient { BaseAddress = serverUrl };
        http.DefaultRequestHeaders.Authorization = new("Bearer", TestApp.ApiKey);
        // Eight clients at once build a backlog, so the kill lands while many rows wait and some are in flight.
        var enqueue = Parallel.ForEachAsync(Enumerable.Range(0, Messages), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var to = (i % 3) switch
            {
                0 => $"whatsapp:+5076{i:D7}",
                1 => $"telegram:{chats[i / 3]}",
                _ => $"sms:+5076{i:D7}",
            };
            (await http.PostAsJsonAsync("/api/businesses/la-fonda/messages", new { to, text = $"crash-test {i}" }, ct)).EnsureSuccessStatusCode();
        });
        await WaitUntilAsync(() => simulator.Journal.OutboundMessages().Count >= Messages / 6, TimeSpan.FromSeconds(30));
        await first.KillAsync();
        var seenAtKill = simulator.Journal.OutboundMessages().Count;
        try
        {
            await enqueue;
        }
        catch (HttpRequestException)
        {
            // The API died mid-burst: the requests after the kill failed, as they would for a real client.
        }
        var queuedBeforeKill = await CountOutboundAsync(db);

        await using var second = await ServerProcess.StartAsync(db.Connection, serverUrl, simUrl);
        await WaitUntilAsync(async () => (await UnsentAsync(http)) == 0, TimeSpan.FromSeconds(90));

        var sends = simulator.Journal.OutboundMessages().Where(m => m.Text?.StartsWith("crash-test", StringComparison.Ordinal) == true)
            .GroupBy(m => m.Text).ToList();
        var duplicates = sends.Sum(g => g.Count() - 1);
        output.WriteLine($"{kind}: {queuedBeforeKill} messages queued, {seenAtKill} had reached the provider at the kill; " +
                         $"after the restart all {sends.Count} were sent; duplicates caused by the restart: {duplicates}.");
        Assert.Equal(queuedBeforeKill, sends.Count);
        Assert.InRange(duplicates, 0, MaxInFlight);
    }

    // The API accepted (and committed) exactly these before it died; read the ledger while no server runs.
    private static async Task<int> CountOutboundAsync(TestDatabase db)
    {
        await using var database = await db.OpenAsync();
        return (int)await database.ReadAsync(c => Dapper.SqlMapper.ExecuteScalarAsync<long>(c, "SELECT COUNT(*) FROM messages WHERE direction = 'out'"), default);
    }

    private static async Task<int> UnsentAsync(HttpClient http) =>
        (await AllOutboundAsync(http)).Count(m => m.GetProperty("status").GetString() is "queued" or "sending");

    private static async Task<List<JsonElement>> AllOutboundAsync(HttpClient http)
    {
        var all = new List<JsonElement>();
        long after = 0;
        while (true)
        {
            var page = await http.GetFromJsonAsync<JsonElement>($"/api/businesses/la-fonda/messages?after={after}&limit=500");
            var messages = page.GetProperty("messages").EnumerateArray().ToList();
            all.AddRange(messages.Where(m => m.GetProperty("direction").GetString() == "outbound"));
            if (page.GetProperty("next_after").ValueKind == JsonValueKind.Null)
            {
                return all;
            }
            after = page.GetProperty("next_after").GetInt64();
        }
    }

    private static Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout) => WaitUntilAsync(() => Task.FromResult(condition()), timeout);

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (!await condition())
        {
            if (TimeProvider.System.GetElapsedTime(started) > timeout)
            {
                throw new TimeoutException($"Condition not met within {timeout}.");
            }
            await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System);
        }
    }
}

public sealed class SqliteCrashTests(ITestOutputHelper output) : CrashSuite("sqlite", output);

public sealed class PostgresCrashTests(ITestOutputHelper output) : CrashSuite("postgres", output);
