using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Tendero.IntegrationTests.Support;

namespace Tendero.IntegrationTests.Hosting;

/// <summary>
/// <c>/metrics</c> through OpenTelemetry's Prometheus exporter, with two servers in one process (as in these tests): each
/// shows its own counts, because each host's meter comes from its own <c>IMeterFactory</c>.
/// </summary>
public sealed partial class MetricsEndpointTests : IAsyncLifetime
{
    private readonly TestDatabase dbA = TestDatabase.Sqlite();
    private readonly TestDatabase dbB = TestDatabase.Sqlite();
    private TestApp a = null!;
    private TestApp b = null!;

    public async Task InitializeAsync()
    {
        a = await TestApp.StartAsync(dbA);
        b = await TestApp.StartAsync(dbB, workers: ["responder"]); // replies are queued, never sent: its lane has depth
    }

    public async Task DisposeAsync()
    {
        await a.DisposeAsync();
        await b.DisposeAsync();
        await dbA.DisposeAsync();
        await dbB.DisposeAsync();
    }

    [Fact]
    public async Task Metrics_SignedWebhookAndSend_CountedPerServer()
    {
        Assert.Equal(HttpStatusCode.OK, (await a.Http.SendAsync(SignedRequests.WhatsApp("la-fonda", Payloads.WhatsAppText()))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await a.Http.SendAsync(SignedRequests.WhatsApp("la-fonda", Payloads.WhatsAppText(), signature: "sha256=00"))).StatusCode);
        for (var i = 0; i < 2; i++)
        {
            var body = Payloads.WhatsAppText(id: $"wamid.metrics-b-{i}", body: "Hola");
            Assert.Equal(HttpStatusCode.OK, (await b.Http.SendAsync(SignedRequests.WhatsApp("la-fonda", body))).StatusCode);
        }

        // A's auto reply goes out (the simulator then posts its status webhooks, which count too).
        var textA = "";
        await Eventually.UntilAsync(async () => Value(textA = await a.Http.GetStringAsync("/metrics"), "tendero_sends_total", "whatsapp", "sent") >= 1,
            TimeSpan.FromSeconds(20), "A's /metrics to count the auto reply as sent");
        Assert.True(Value(textA, "tendero_webhooks_received_total", "whatsapp", "accepted") >= 1);
        Assert.Equal(1, Value(textA, "tendero_webhooks_received_total", "whatsapp", "unauthorized"));

        var textB = "";
        await Eventually.UntilAsync(async () => Value(textB = await b.Http.GetStringAsync("/metrics"), "tendero_lane_depth", "la-fonda/whatsapp") >= 1,
            TimeSpan.FromSeconds(20), "B's /metrics to show its queued replies in the lane depth");
        Assert.Equal(2, Value(textB, "tendero_webhooks_received_total", "whatsapp", "accepted")); // none of A's
        Assert.Equal(0, Value(textB, "tendero_webhooks_received_total", "whatsapp", "unauthorized"));
        Assert.Equal(0, Value(textB, "tendero_sends_total", "whatsapp", "sent"));

        foreach (var text in new[] { textA, textB })
        {
            Assert.Contains("# TYPE tendero_webhooks_received_total counter", text, StringComparison.Ordinal);
            Assert.DoesNotContain("50761234567", text, StringComparison.Ordinal); // no addresses
            Assert.DoesNotContain("Hola", text, StringComparison.Ordinal); // no message text
        }
    }

    /// <summary>The sum of the samples of <paramref name="metric"/> whose labels hold every one of <paramref name="labelValues"/>.</summary>
    private static double Value(string text, string metric, params string[] labelValues) =>
        text.Split('\n')
            .Where(line => line.StartsWith(metric + "{", StringComparison.Ordinal))
            .Select(line => Sample().Match(line))
            .Where(m => m.Success && labelValues.All(v => m.Groups["labels"].Value.Contains($"=\"{v}\"", StringComparison.Ordinal)))
            .Sum(m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"^[a-z_]+\{(?<labels>[^}]*)\} (?<value>[0-9.eE+-]+)")]
    private static partial Regex Sample();
}
