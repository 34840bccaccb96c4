using System.Net.Http.Json;
using Tendero.IntegrationTests.Support;
using Tendero.Simulator;

namespace Tendero.IntegrationTests.Delivery;

/// <summary>
/// Providers that answer a fifth of the sends with a fault: rate limits (429 with retry_after), server errors, and
/// requests that hang past our timeout. Every message still gets through exactly once, and every rate-limited try is
/// followed by a wait of at least the retry_after the provider asked for.
/// </summary>
public sealed class FaultTests
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Send_TwentyPercentFaults_NothingLostNothingDoubledAndEveryRetryAfterHonoured()
    {
        await using var db = TestDatabase.Sqlite();
        await using var app = await TestApp.StartAsync(db, o =>
        {
            o.Behaviour.EnforceWhatsAppWindow = false;
            for (var chat = 9001L; chat < 9021; chat++)
            {
                o.Behaviour.KnownTelegramChats.Add(chat);
            }
        }, dispatcher: o => o.Lease = TimeSpan.FromSeconds(4)); // so a send times out after 2 s
        app.Simulator.Faults.RateLimitRate = 0.07;
        app.Simulator.Faults.RetryAfter = RetryAfter;
        app.Simulator.Faults.ServerErrorRate = 0.07;
        app.Simulator.Faults.TimeoutRate = 0.06;
        app.Simulator.Faults.TimeoutHold = TimeSpan.FromSeconds(3);

        var targets = Enumerable.Range(0, 25).Select(i => $"whatsapp:+5076100{i:D4}")
            .Concat(Enumerable.Range(0, 20).Select(i => $"telegram:{9001 + i}"))
            .Concat(Enumerable.Range(0, 25).Select(i => $"sms:+5076200{i:D4}")).ToList();
        for (var i = 0; i < targets.Count; i++)
        {
            (await app.Http.PostAsJsonAsync("/api/businesses/la-fonda/messages", new { to = targets[i], text = $"fault-test {i}" })).EnsureSuccessStatusCode();
        }

        await Eventually.GetAsync(app.Http, "/api/businesses/la-fonda/messages?limit=500",
            page => page.GetProperty("messages").EnumerateArray().All(m => m.GetProperty("status").GetString() is "sent" or "delivered" or "read"),
            TimeSpan.FromSeconds(120));

        var accepted = app.Simulator.Journal.OutboundMessages().GroupBy(m => m.Text).ToList();
        Assert.Equal(targets.Count, accepted.Count);
        Assert.All(accepted, g => Assert.Single(g));
        var sends = app.Simulator.Journal.Requests().Where(IsSend).ToList();
        Assert.Contains(sends, r => r.HttpStatus >= 500);   // the faults really happened
        Assert.Contains(sends, r => r.HttpStatus == 0);     // some sends were abandoned by our timeout
        var limited = sends.Where(IsRateLimit).ToList();
        Assert.NotEmpty(limited);

        // Each message is one recipient here, so a recipient's tries are one message's tries.
        var retries = sends.GroupBy(Recipient).SelectMany(tries =>
        {
            var ordered = tries.OrderBy(r => r.At).ToList();
            return ordered.Zip(ordered.Skip(1)).Where(pair => IsRateLimit(pair.First));
        }).ToList();
        Assert.Equal(limited.Count, retries.Count);
        Assert.All(retries, pair => Assert.True(pair.Second.At - pair.First.At >= RetryAfter - TimeSpan.FromMilliseconds(10),
            $"{Recipient(pair.First)} '{pair.First.Fields.GetValueOrDefault("Body")}' then '{pair.Second.Fields.GetValueOrDefault("Body")}': retried after {(pair.Second.At - pair.First.At).TotalMilliseconds} ms"));
    }

    private static bool IsSend(ApiRequestRecord r) =>
        r.Method == "POST" && (r.Path.EndsWith("/messages", StringComparison.Ordinal) || r.Path.EndsWith("/sendMessage", StringComparison.Ordinal)
            || r.Path.EndsWith("/Messages.json", StringComparison.Ordinal));

    // WhatsApp answers its rate limit (130429) with HTTP 400; Telegram and Twilio with 429.
    private static bool IsRateLimit(ApiRequestRecord r) => r.HttpStatus == 429 || r.ErrorCode == 130429;

    private static string Recipient(ApiRequestRecord r) =>
        $"{r.Provider}:{r.Fields.GetValueOrDefault("to") ?? r.Fields.GetValueOrDefault("chat_id") ?? r.Fields.GetValueOrDefault("To")}";
}
