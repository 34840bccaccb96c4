using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;

namespace Tendero.IntegrationTests.Crash;

/// <summary>
/// The test's client of the alerts API. Each alert carries an idempotency key, so a request whose answer died with
/// the server is simply sent again after the restart, as a real client would, and never starts a second chain.
/// </summary>
internal sealed class ChainCrashAlerts(HttpClient http)
{
    private const string Alerts = "/api/businesses/la-fonda/alerts";

    private readonly ConcurrentDictionary<string, long> chains = new(StringComparer.Ordinal);
    private int foundByKey;

    /// <summary>Chain id by person id, for every alert the server answered.</summary>
    public IReadOnlyDictionary<string, long> Chains => chains;

    /// <summary>Requests answered with the chain an earlier request (whose answer was lost) had already started.</summary>
    public int FoundByKey => foundByKey;

    /// <summary>Starts a chain for each person without one, one every <paramref name="every"/>; stops when the server stops answering.</summary>
    public async Task StartAsync(IEnumerable<ChainCrashPerson> people, TimeSpan every)
    {
        foreach (var person in people.Where(p => !chains.ContainsKey(p.Id)).ToList())
        {
            try
            {
                var response = await http.PostAsJsonAsync(Alerts, new
                {
                    to = person.Id, policy = "fast-alert", critical = person.Group.Critical, text = $"crash-chain {person.Id}",
                    idempotency_key = $"crash-chain-{person.Id}",
                });
                response.EnsureSuccessStatusCode();
                var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                chains[person.Id] = body.GetProperty("id").GetInt64();
                if (!body.GetProperty("created").GetBoolean())
                {
                    Interlocked.Increment(ref foundByKey);
                }
            }
            catch (HttpRequestException)
            {
                return;
            }
            await Task.Delay(every, TimeProvider.System);
        }
    }

    public async Task<int> ActiveAsync() =>
        (await http.GetFromJsonAsync<JsonElement>($"{Alerts}?state=active&limit=500")).GetProperty("alerts").GetArrayLength();

    /// <summary>Every chain of the business with its history.</summary>
    public async Task<IReadOnlyList<JsonElement>> AllAsync()
    {
        var all = new List<JsonElement>();
        long after = 0;
        while (true)
        {
            var page = await http.GetFromJsonAsync<JsonElement>($"{Alerts}?after={after}&limit=500");
            foreach (var chain in page.GetProperty("alerts").EnumerateArray())
            {
                all.Add(await http.GetFromJsonAsync<JsonElement>($"{Alerts}/{chain.GetProperty("id").GetInt64()}"));
            }
            if (page.GetProperty("next_after").ValueKind == JsonValueKind.Null)
            {
                return all;
            }
            after = page.GetProperty("next_after").GetInt64();
        }
    }

    /// <summary>A chain's history as "step kind outcome [channel]", the form <see cref="ChainCrashGroup.History"/> expects.</summary>
    public static IReadOnlyList<string> History(JsonElement chain) =>
        chain.GetProperty("history").EnumerateArray().Select(e =>
            $"{e.GetProperty("step").GetInt32()} {e.GetProperty("kind").GetString()} {e.GetProperty("outcome").GetString()}" +
            (e.GetProperty("channel").GetString() is { } channel ? " " + channel : "")).ToList();
}
