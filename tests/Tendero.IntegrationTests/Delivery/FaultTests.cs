using System.Net.Http.Json;
using System.Text.Json;
using Tendero.IntegrationTests.Support;
using Tendero.Simulator;

namespace Tendero.IntegrationTests.Delivery;

/// <summary>
/// Providers that fail a fifth of the sends (server errors and requests that hang past our timeout) and a chat that
/// is rate-limited: every message still gets through exactly once, and every 429 is followed by at least its retry_after.
/// </summary>
public sealed class FaultTests
{
    private const long BusyChat = 9001;

    [Fact]
    public async Task Send_ProviderErrorsTimeoutsAndRateLimits_NothingLostNothingDoubled()
    {
        await using var db = TestDatabase.Sqlite();
        await using var app = await TestApp.StartAsync(db, o =>
        {
            o.Behaviour.EnforceWhatsAppWindow = false;
            for (var chat = BusyChat; chat < BusyChat + 11; chat++)
            {
                o.Behaviour.KnownTelegramChats.Add(chat);
            }
        }, dispatcher: o => o.Lease = TimeSpan.FromSeconds(4)); // so a send times out after 2 s
        app.Simulator.Faults.ServerErrorRate = 0.1;
        app.Simulator.Faults.TimeoutRate = 0.1;
        app.Simulator.Faults.TimeoutHold = TimeSpan.FromSeconds(3);

        var targets = Enumerable.Range(0, 20).Select(i => $"whatsapp:+5076100{i:D4}")
            .Concat(Enumerable.Range(0, 10).Select(_ => $"telegram:{BusyChat}"))
            .Concat(Enumerable.Range(1, 10).Select(i => $"telegram:{BusyChat + i}"))
            .Concat(Enumerable.Range(0, 20).Select(i => $"sms:+5076200{i:D4}")).ToList();
        for (var i = 0; i < targets.Count; i++)
        {
            (await app.Http.PostAsJsonAsync("/api/businesses/la-fonda/messages", new { to = targets[i], text = $"fault-test {i}" })).EnsureSuccessStatusCode();
        }

        await Eventually.GetAsync(app.Http, "/api/businesses/la-fonda/messages?limit=500",
            page => page.GetProperty("messages").EnumerateArray().All(m => m.GetProperty("status").GetString() is "sent" or "delivered" or "read"),
            TimeSpan.FromSeconds(90));

        var accepted = app.Simulator.Journal.OutboundMessages().GroupBy(m => m.Text).ToList();
        Assert.Equal(targets.Count, accepted.Count);
        Assert.All(accepted, g => Assert.Single(g));
        var requests = app.Simulator.Journal.Requests();
        Assert.Contains(requests, r => r.HttpStatus >= 500);   // the faults really happened
        Assert.Contains(requests, r => r.HttpStatus == 0);     // and some sends were abandoned by our timeout

        // Each message to the busy chat: after a 429 its next try waits at least the retry_after asked (the simulator's
        // per-chat bucket asks for 1 s). Messages are separate rows, so pacing between them is the lanes' job (issue 3).
        var busy = requests.Where(r => r.Provider == SimProvider.Telegram && r.Path.EndsWith("/sendMessage", StringComparison.Ordinal)
                && r.Fields.GetValueOrDefault("chat_id") == BusyChat.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .GroupBy(r => r.Fields.GetValueOrDefault("text")).ToList();
        var retries = busy.SelectMany(tries =>
        {
            var ordered = tries.OrderBy(r => r.At).ToList();
            return ordered.Zip(ordered.Skip(1)).Where(pair => pair.First.HttpStatus == 429);
        }).ToList();
        Assert.NotEmpty(retries);
        Assert.All(retries, pair => Assert.True(pair.Second.At - pair.First.At >= TimeSpan.FromSeconds(0.99),
            $"retried after {(pair.Second.At - pair.First.At).TotalMilliseconds} ms"));
    }
}
