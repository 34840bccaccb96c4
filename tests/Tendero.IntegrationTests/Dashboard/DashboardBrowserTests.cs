using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Playwright;

namespace Tendero.IntegrationTests.Dashboard;

/// <summary>The dashboard in a real browser: sign-in, the overview against the JSON API, isolation, a transcript and a retry.</summary>
public sealed class DashboardBrowserTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    [Fact]
    public async Task SignIn_WrongPasswordThenRight_ListsOnlyOwnBusiness()
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.App.ServerUrl.ToString() });
        var page = await context.NewPageAsync();
        var first = await page.GotoAsync("/b/la-fonda");
        Assert.Contains("/signin", page.Url, StringComparison.Ordinal);
        Assert.Equal(200, first!.Status);
        await page.FillAsync("input[name=email]", DashboardFixture.Owner);
        await page.FillAsync("input[name=password]", "not it");
        await page.ClickAsync("button[type=submit]");
        Assert.Contains("do not match", await page.InnerTextAsync("[role=alert]"), StringComparison.Ordinal);

        var signedIn = await fixture.SignInAsync(DashboardFixture.Owner);
        var home = await signedIn.InnerTextAsync("main");
        Assert.Contains("La Fonda", home, StringComparison.Ordinal);
        Assert.DoesNotContain("El Otro", home, StringComparison.Ordinal);
        await context.CloseAsync();
        await signedIn.Context.CloseAsync();
    }

    [Fact]
    public async Task Overview_SeededBusiness_MatchesTheApi()
    {
        var page = await fixture.SignInAsync(DashboardFixture.Owner, "/b/la-fonda");
        Assert.EndsWith("/b/la-fonda", page.Url, StringComparison.Ordinal);
        var api = await page.Context.APIRequest.GetAsync("/api/businesses/la-fonda/dashboard?days=7");
        Assert.Equal(200, api.Status);
        using var json = JsonDocument.Parse(await api.TextAsync());
        var root = json.RootElement;
        var delivery = root.GetProperty("delivery");

        // The seeded day, as the API tells it...
        Assert.Equal(6, delivery.GetProperty("outbound").GetInt64());
        Assert.Equal(3, delivery.GetProperty("sent").GetInt64());
        Assert.Equal(2, delivery.GetProperty("delivered").GetInt64());
        Assert.Equal(1, delivery.GetProperty("read").GetInt64());
        Assert.Equal(2, delivery.GetProperty("failed").GetInt64());
        Assert.Equal(4.0, root.GetProperty("response_time").GetProperty("p50_seconds").GetDouble());
        Assert.Equal(10.0, root.GetProperty("response_time").GetProperty("p95_seconds").GetDouble());

        // ...and as the page shows it.
        foreach (var name in new[] { "outbound", "pending", "sent", "delivered", "read", "failed" })
        {
            Assert.Equal(delivery.GetProperty(name).GetInt64(), await Number(page, $"funnel-{name}"));
        }
        var days = root.GetProperty("messages").EnumerateArray().SelectMany(d => d.GetProperty("channels").EnumerateArray()).ToList();
        Assert.Equal(days.Sum(c => c.GetProperty("inbound").GetInt64()), await Number(page, "messages-in"));
        Assert.Equal(days.Sum(c => c.GetProperty("outbound").GetInt64()), await Number(page, "messages-out"));
        Assert.Equal("4 s", await Text(page, "p50"));
        Assert.Equal("10 s", await Text(page, "p95"));
        Assert.Equal(root.GetProperty("response_time").GetProperty("replies").GetInt64(), await Number(page, "replies"));
        foreach (var tier in root.GetProperty("models").EnumerateArray())
        {
            Assert.Equal(tier.GetProperty("calls").GetInt64(), await Number(page, $"tier-{tier.GetProperty("tier").GetString()}-calls"));
        }
        Assert.Equal(2, await Number(page, "tier-offline-calls"));
        var costs = root.GetProperty("costs");
        Assert.Equal(costs.GetProperty("total").GetProperty("display").GetString(), await Text(page, "cost-total"));
        Assert.Equal(costs.GetProperty("budget").GetProperty("display").GetString(), await Text(page, "cost-budget"));
        Assert.Equal(1, await Number(page, "lane-whatsapp-queued"));
        Assert.Equal(1, await Number(page, "chain-kitchen-1"));
        Assert.Equal(1, await Number(page, "failure-sms-30006"));
        Assert.Contains("Landline or unreachable carrier", await page.InnerTextAsync("#failures"), StringComparison.Ordinal);

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(DashboardFixture.Artifacts, "dashboard.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task OtherBusiness_PageAndApi_AreNotFound()
    {
        var page = await fixture.SignInAsync(DashboardFixture.Owner);
        foreach (var path in new[] { "/b/el-otro", "/b/el-otro/dead", $"/b/el-otro/conversations/{fixture.Otro.ConversationId}", $"/b/la-fonda/conversations/{fixture.Otro.ConversationId}", "/b/no-such" })
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(404, response!.Status);
        }
        foreach (var path in new[] { "/api/businesses/el-otro/dashboard", "/api/businesses/el-otro/messages", "/api/businesses/el-otro/dead", "/api/status" })
        {
            Assert.Equal(404, (await page.Context.APIRequest.GetAsync(path)).Status);
        }
        Assert.Equal(200, (await page.Context.APIRequest.GetAsync("/api/businesses/la-fonda/messages")).Status);

        // A cookie cannot write through the API (no antiforgery there): only the key can.
        var post = await page.Context.APIRequest.PostAsync($"/api/businesses/el-otro/messages/{fixture.Otro.DeadSmsId}/retry");
        Assert.Equal(401, post.Status);
        // The API key is the admin's: it still reads every business.
        Assert.Equal(HttpStatusCode.OK, (await fixture.App.Http.GetAsync(new Uri("/api/businesses/el-otro/dashboard?days=1", UriKind.Relative))).StatusCode);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Conversation_Opened_ShowsItsTranscript()
    {
        var page = await fixture.SignInAsync(DashboardFixture.Staff, "/b/la-fonda/conversations");
        await page.ClickAsync($"a[href='/b/la-fonda/conversations/{fixture.Fonda.ConversationId}'] >> nth=0");
        var transcript = await page.InnerTextAsync("#transcript");
        Assert.Contains("Hola, mesa para 2", transcript, StringComparison.Ordinal);
        Assert.Contains("¡Claro! Mesa para 2 confirmada.", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("mesa para 3", transcript, StringComparison.Ordinal); // another customer's
        Assert.Contains("<script>alert(1)</script>", transcript, StringComparison.Ordinal); // shown as text...
        Assert.Equal(0, await page.Locator("script").CountAsync()); // ...and the page has no script at all
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task DeadMessage_Retried_GoesBackToQueued()
    {
        var page = await fixture.SignInAsync(DashboardFixture.Owner, "/b/la-fonda/dead");
        var id = fixture.Fonda.DeadSmsId;
        await page.ClickAsync($"tr[data-id='{id}'] button");
        Assert.Contains($"Message {id} is queued again", await page.InnerTextAsync("[role=status]"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator($"tr[data-id='{id}']").CountAsync());
        using var message = JsonDocument.Parse(await fixture.App.Http.GetStringAsync(new Uri($"/api/businesses/la-fonda/messages/{id}", UriKind.Relative)));
        Assert.Equal("queued", message.RootElement.GetProperty("status").GetString());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Staff_Overview_ShowsNoMoney()
    {
        var page = await fixture.SignInAsync(DashboardFixture.Staff, "/b/la-fonda");
        Assert.Equal(0, await page.Locator("#costs").CountAsync());
        using var json = JsonDocument.Parse(await (await page.Context.APIRequest.GetAsync("/api/businesses/la-fonda/dashboard")).TextAsync());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("costs").ValueKind);
        await page.Context.CloseAsync();
    }

    private static async Task<string> Text(IPage page, string key) => (await page.InnerTextAsync($"[data-k='{key}']")).Trim();

    private static async Task<long> Number(IPage page, string key) =>
        long.Parse(await Text(page, key), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
}
