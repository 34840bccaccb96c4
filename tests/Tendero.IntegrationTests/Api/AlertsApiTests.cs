using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tendero.IntegrationTests.Support;

namespace Tendero.IntegrationTests.Api;

/// <summary>
/// The alerts API over real HTTP. Only the chain runner works, so a chain's messages stay queued where the test can
/// see them. Alerts are critical so that La Fonda's quiet hours (21:00-07:00 in Panama, on the real clock) never postpone them.
/// </summary>
public sealed class AlertsApiTests : IAsyncLifetime
{
    private const string Alerts = "/api/businesses/la-fonda/alerts";
    private TestDatabase db = null!;
    private TestApp app = null!;

    public async Task InitializeAsync()
    {
        db = TestDatabase.Sqlite();
        app = await TestApp.StartAsync(db, workers: ["chains"]);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await db.DisposeAsync();
    }

    [Theory]
    [InlineData("GET", Alerts)]
    [InlineData("POST", Alerts)]
    [InlineData("GET", Alerts + "/1")]
    [InlineData("POST", Alerts + "/1/cancel")]
    public async Task AlertsEndpoints_WithoutApiKey_401Problem(string method, string path)
    {
        using var anonymous = new HttpClient { BaseAddress = app.ServerUrl };
        var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task StartAlert_ValidRequest_202WithLocationAndId()
    {
        var response = await app.Http.PostAsJsonAsync(Alerts, Alert());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetInt64();
        Assert.Equal(($"{Alerts}/{id}", "active", true), (response.Headers.Location?.ToString(), body.GetProperty("state").GetString(), body.GetProperty("created").GetBoolean()));
    }

    [Fact]
    public async Task StartAlert_SameIdempotencyKey_200WithTheFirstId()
    {
        var first = await StartAsync(Alert(key: "tomate-2026-11-26"));
        var again = await app.Http.PostAsJsonAsync(Alerts, Alert(key: "tomate-2026-11-26", text: "otra vez"));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var body = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((first, false), (body.GetProperty("id").GetInt64(), body.GetProperty("created").GetBoolean()));
        Assert.Single((await ListAsync("")).GetProperty("alerts").EnumerateArray());
    }

    [Theory]
    [InlineData("maria", "restock", "hola", null, HttpStatusCode.BadRequest, "'restock' is not a policy of la-fonda (it has stock-alert): add it under policies in la-fonda.yaml.")]
    [InlineData("nadie", "stock-alert", "hola", null, HttpStatusCode.NotFound, "There is no contact 'nadie' in la-fonda")]
    [InlineData("maria", "stock-alert", " ", null, HttpStatusCode.BadRequest, "text is required")]
    [InlineData("maria", "stock-alert", "hola", "[1, 2]", HttpStatusCode.BadRequest, "data must be an object")]
    [InlineData("maria", "stock-alert", "hola", """{"item": {"name": "tomate"}}""", HttpStatusCode.BadRequest, "data.item must be a plain value")]
    [InlineData("", "stock-alert", "hola", null, HttpStatusCode.BadRequest, "to is required")]
    public async Task StartAlert_BadInput_ProblemNamingTheField(string to, string policy, string text, string? data, HttpStatusCode status, string detail)
    {
        var response = await app.Http.PostAsJsonAsync(Alerts, new { to, policy, text, critical = true, data = data is null ? (JsonElement?)null : JsonDocument.Parse(data).RootElement });

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detail, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAlert_UnknownBusiness_404Problem()
    {
        var response = await app.Http.PostAsJsonAsync("/api/businesses/nadie/alerts", Alert());
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("add businesses/nadie.yaml", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAlert_AfterTheRunnerLooked_ShowsTheHistory()
    {
        var id = await StartAsync(Alert());

        var view = await Eventually.GetAsync(app.Http, $"{Alerts}/{id}", a => a.GetProperty("history").GetArrayLength() > 0);

        Assert.Equal(("maria", "stock-alert", true, "active", 1, "read"), (view.GetProperty("to").GetString(), view.GetProperty("policy").GetString(),
            view.GetProperty("critical").GetBoolean(), view.GetProperty("state").GetString(), view.GetProperty("step").GetInt32(), view.GetProperty("waiting_for").GetString()));
        var wait = view.GetProperty("wait_ends_at").GetDateTimeOffset() - view.GetProperty("history")[0].GetProperty("at").GetDateTimeOffset();
        Assert.InRange(wait, TimeSpan.FromHours(2) - TimeSpan.FromSeconds(1), TimeSpan.FromHours(2));
        var notify = Assert.Single(view.GetProperty("history").EnumerateArray());
        Assert.Equal((0, "notify", "whatsapp", "queued"), (notify.GetProperty("step").GetInt32(), notify.GetProperty("kind").GetString(),
            notify.GetProperty("channel").GetString(), notify.GetProperty("outcome").GetString()));
        var message = await app.Http.GetFromJsonAsync<JsonElement>($"/api/businesses/la-fonda/messages/{notify.GetProperty("message_id").GetInt64()}");
        Assert.Equal(("+50760001111", "Quedan 2 kg de tomate"), (message.GetProperty("address").GetString(), message.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task GetAlert_Unknown_404Problem()
    {
        var response = await app.Http.GetAsync($"{Alerts}/999999");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Business 'la-fonda' has no alert 999999.", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ListAlerts_SeveralPages_OldestFirstWithNextAfterAndStateFilter()
    {
        var ids = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await StartAsync(Alert(text: $"alerta {i}")));
        }
        await app.Http.PostAsync($"{Alerts}/{ids[1]}/cancel", null);

        var first = await ListAsync("?limit=2");
        var second = await ListAsync($"?limit=2&after={first.GetProperty("next_after").GetInt64()}");

        var listed = first.GetProperty("alerts").EnumerateArray().Concat(second.GetProperty("alerts").EnumerateArray());
        Assert.Equal(ids, listed.Select(a => a.GetProperty("id").GetInt64()));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next_after").ValueKind);
        Assert.Equal([ids[1]], (await ListAsync("?state=done")).GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("id").GetInt64()));
        Assert.Equal(2, (await ListAsync("?state=active")).GetProperty("alerts").GetArrayLength());
    }

    [Theory]
    [InlineData("?limit=0")]
    [InlineData("?after=-1")]
    [InlineData("?state=paused")]
    public async Task ListAlerts_BadPage_400Problem(string query)
    {
        var response = await app.Http.GetAsync(Alerts + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task CancelAlert_Active_200ThenConflict409()
    {
        var id = await StartAsync(Alert());

        var cancelled = await app.Http.PostAsync($"{Alerts}/{id}/cancel", null);
        var again = await app.Http.PostAsync($"{Alerts}/{id}/cancel", null);

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        var view = await cancelled.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("done", "cancelled"), (view.GetProperty("state").GetString(), view.GetProperty("outcome").GetString()));
        Assert.Equal("cancelled", view.GetProperty("history").EnumerateArray().Last().GetProperty("outcome").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal($"Alert {id} ended as cancelled; there is nothing to cancel.", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    private static object Alert(string? key = null, string text = "Quedan 2 kg de tomate") =>
        new { to = "maria", policy = "stock-alert", critical = true, text, data = new { item = "tomate" }, idempotency_key = key };

    private async Task<long> StartAsync(object alert)
    {
        var response = await app.Http.PostAsJsonAsync(Alerts, alert);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    private Task<JsonElement> ListAsync(string query) => app.Http.GetFromJsonAsync<JsonElement>(Alerts + query);
}
