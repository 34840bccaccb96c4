using System.Net.Http.Json;
using System.Text.Json;
using Tendero.IntegrationTests.Support;
using Tendero.Simulator;

namespace Tendero.IntegrationTests.RoundTrip;

/// <summary>
/// The demo's virtual customers write on WhatsApp, Telegram and SMS over loopback HTTP; Tendero stores every message,
/// answers each one, and every answer reaches its final status (delivered or read; "sent" on Telegram, which has no receipts).
/// </summary>
public abstract class RoundTripSuite(string kind)
{
    private const int Messages = 45;

    [SkippableFact]
    public async Task VirtualCustomers_AllThreeChannels_EveryMessageAnsweredAndSettled()
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        SimulatorOptions? options = null;
        await using var app = await TestApp.StartAsync(db, o => options = o);
        var script = VirtualCustomers.Script(Messages, seed: 11, options!, TimeSpan.FromSeconds(2));
        Assert.Equal(3, script.Select(m => m.Channel).Distinct().Count());

        var answers = await Task.WhenAll(script.Select(m => app.Simulator.Customers.SendAsync(m)));
        Assert.All(answers, a => Assert.Equal(200, a.HttpStatus));

        List<JsonElement> all = [];
        var settle = Eventually.UntilAsync(async () =>
        {
            all = await AllAsync(app.Http);
            var outbound = all.Where(m => m.GetProperty("direction").GetString() == "outbound").ToList();
            return all.Count(m => m.GetProperty("direction").GetString() == "inbound") == Messages
                && outbound.Count == Messages && outbound.All(Settled);
        }, TimeSpan.FromSeconds(60), "every customer message stored and every reply settled");
        try
        {
            await settle;
        }
        catch (TimeoutException e)
        {
            var seen = string.Join(", ", all.GroupBy(m => $"{m.GetProperty("channel")}/{m.GetProperty("direction")}/{m.GetProperty("status")}")
                .Select(g => $"{g.Key}: {g.Count()}"));
            throw new TimeoutException($"{e.Message}. Seen: {seen}", e);
        }

        var inbound = all.Where(m => m.GetProperty("direction").GetString() == "inbound").ToList();
        Assert.Equal(Messages, inbound.Select(m => m.GetProperty("provider_id").GetString()).Distinct().Count());
        // One reply per message, to the person who wrote it, on the channel they used.
        var expected = inbound.GroupBy(m => (m.GetProperty("channel").GetString(), m.GetProperty("address").GetString()))
            .ToDictionary(g => g.Key, g => g.Count());
        var replies = all.Where(m => m.GetProperty("direction").GetString() == "outbound")
            .GroupBy(m => (m.GetProperty("channel").GetString(), m.GetProperty("address").GetString()))
            .ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expected.OrderBy(p => p.Key.ToString()), replies.OrderBy(p => p.Key.ToString()));
        // Nothing reached a provider twice.
        Assert.Equal(Messages, app.Simulator.Journal.OutboundMessages().Count);
    }

    private static bool Settled(JsonElement m) => m.GetProperty("status").GetString() switch
    {
        "delivered" or "read" => true,
        "sent" => m.GetProperty("channel").GetString() == "telegram",
        _ => false,
    };

    private static async Task<List<JsonElement>> AllAsync(HttpClient http)
    {
        var page = await http.GetFromJsonAsync<JsonElement>("/api/businesses/la-fonda/messages?limit=500");
        return page.GetProperty("messages").EnumerateArray().ToList();
    }
}

public sealed class SqliteRoundTripTests() : RoundTripSuite("sqlite");

public sealed class PostgresRoundTripTests() : RoundTripSuite("postgres");
