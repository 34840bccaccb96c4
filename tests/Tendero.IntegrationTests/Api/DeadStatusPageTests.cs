using System.Net.Http.Json;
using System.Text.Json;
using Tendero.IntegrationTests.Support;

namespace Tendero.IntegrationTests.Api;

/// <summary>Dead messages on the public status page and in <c>/api/status</c>: reasons yes, text and numbers no.</summary>
public sealed class DeadStatusPageTests : IAsyncLifetime
{
    private TestDatabase db = null!;
    private TestApp app = null!;

    public async Task InitializeAsync()
    {
        db = TestDatabase.Sqlite();
        app = await TestApp.StartAsync(db, workers: []);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await db.DisposeAsync();
    }

    [Fact]
    public async Task StatusPage_DeadMessage_ShowsReasonButNoTextOrNumber()
    {
        var id = await Ledger.FailedAsync(app, "sms:+50720001111", "21614",
            "The 'To' number +507 2000-1111 is a landline and cannot receive SMS", text: "Su clave secreta es 4321");
        await Ledger.FailedAsync(app, "telegram:987654321", "403", "chat 987654321 blocked the bot");

        using var anonymous = new HttpClient { BaseAddress = app.ServerUrl };
        var html = await anonymous.GetStringAsync("/status");

        Assert.Contains("<h2>Dead messages</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<td>la-fonda</td><td>sms</td><td>1</td>", html, StringComparison.Ordinal);
        Assert.Contains($"<td>{id}</td><td>la-fonda</td><td>sms</td><td>21614</td>", html, StringComparison.Ordinal);
        Assert.Contains("is a landline and cannot receive SMS", html, StringComparison.Ordinal);
        Assert.Contains("chat [number hidden] blocked the bot", html, StringComparison.Ordinal);
        foreach (var secret in new[] { "Su clave secreta", "4321", "50720001111", "2000-1111", "987654321" })
        {
            Assert.DoesNotContain(secret, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task StatusPage_NoDeadMessages_SaysNone()
    {
        var html = await app.Http.GetStringAsync("/status");
        Assert.Contains("<h2>Dead messages</h2><p>None", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiStatus_DeadMessages_CountsPerBusinessAndChannel()
    {
        await Ledger.FailedAsync(app, "sms:+50720001111", "21614", "landline");
        await Ledger.FailedAsync(app, "sms:+50720001112", "21614", "landline");
        await Ledger.FailedAsync(app, "telegram:424242", "403", "blocked");

        var status = await app.Http.GetFromJsonAsync<JsonElement>("/api/status");

        var dead = status.GetProperty("dead").EnumerateArray()
            .Select(d => (d.GetProperty("business_id").GetString(), d.GetProperty("channel").GetString(), d.GetProperty("count").GetInt64()));
        Assert.Equal([("la-fonda", "sms", 2L), ("la-fonda", "telegram", 1L)], dead);
    }
}
