using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tendero.IntegrationTests.Support;

namespace Tendero.IntegrationTests.Api;

/// <summary>The dead-message API over real HTTP. No dispatcher runs, so a retried message stays queued where the test can see it.</summary>
public sealed class DeadApiTests : IAsyncLifetime
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

    [Theory]
    [InlineData("GET", "/api/businesses/la-fonda/dead")]
    [InlineData("POST", "/api/businesses/la-fonda/messages/1/retry")]
    public async Task DeadEndpoints_WithoutApiKey_401Problem(string method, string path)
    {
        using var anonymous = new HttpClient { BaseAddress = app.ServerUrl };
        var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ListDead_FailedMessages_PagesOldestFirstWithReason()
    {
        var ids = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await Ledger.FailedAsync(app, $"sms:+5072000111{i}", "21614", "The 'To' number is a landline", text: $"m{i}"));
        }
        await Ledger.SentAsync(app, "telegram:424242");

        var first = await app.Http.GetFromJsonAsync<JsonElement>("/api/businesses/la-fonda/dead?limit=2");
        var next = first.GetProperty("next_after").GetInt64();
        var second = await app.Http.GetFromJsonAsync<JsonElement>($"/api/businesses/la-fonda/dead?after={next}&limit=2");

        var listed = first.GetProperty("messages").EnumerateArray().Concat(second.GetProperty("messages").EnumerateArray()).ToList();
        Assert.Equal(ids, listed.Select(m => m.GetProperty("id").GetInt64()));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next_after").ValueKind);
        var m0 = listed[0];
        Assert.Equal(("la-fonda", "sms", "+50720001110", "m0"), (m0.GetProperty("business_id").GetString(), m0.GetProperty("channel").GetString(),
            m0.GetProperty("address").GetString(), m0.GetProperty("text").GetString()));
        Assert.Equal("21614", m0.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("The 'To' number is a landline", m0.GetProperty("error").GetProperty("reason").GetString());
        Assert.Equal(1, m0.GetProperty("attempts").GetInt32());
        Assert.True(m0.GetProperty("failed_at").GetDateTimeOffset() >= m0.GetProperty("created_at").GetDateTimeOffset());
    }

    [Theory]
    [InlineData("/api/businesses/nadie/dead", HttpStatusCode.NotFound)]
    [InlineData("/api/businesses/la-fonda/dead?limit=0", HttpStatusCode.BadRequest)]
    [InlineData("/api/businesses/la-fonda/dead?after=-1", HttpStatusCode.BadRequest)]
    public async Task ListDead_BadBusinessOrPage_Problem(string path, HttpStatusCode status)
    {
        var response = await app.Http.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task RetryMessage_Failed_202QueuedWithReasonKeptAndGoneFromDead()
    {
        var id = await Ledger.FailedAsync(app, "sms:+50720001111", "21614", "landline");

        var response = await app.Http.PostAsync($"/api/businesses/la-fonda/messages/{id}/retry", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal($"/api/businesses/la-fonda/messages/{id}", response.Headers.Location?.ToString());
        var view = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("queued", 0, "21614"), (view.GetProperty("status").GetString(), view.GetProperty("attempts").GetInt32(),
            view.GetProperty("error").GetProperty("code").GetString()));
        Assert.Equal(JsonValueKind.Null, view.GetProperty("failed_at").ValueKind);
        var dead = await app.Http.GetFromJsonAsync<JsonElement>("/api/businesses/la-fonda/dead");
        Assert.Empty(dead.GetProperty("messages").EnumerateArray());
    }

    [Fact]
    public async Task RetryMessage_Sent_409SaysItsStatus()
    {
        var id = await Ledger.SentAsync(app, "telegram:424242");
        var response = await app.Http.PostAsync($"/api/businesses/la-fonda/messages/{id}/retry", null);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"message {id} is sent, only failed messages can be retried.", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/businesses/la-fonda/messages/999999/retry")]
    [InlineData("/api/businesses/nadie/messages/1/retry")]
    public async Task RetryMessage_UnknownMessageOrBusiness_404Problem(string path)
    {
        var response = await app.Http.PostAsync(path, null);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task RetryMessage_AfterTheCauseIsFixed_IsSent()
    {
        await app.DisposeAsync();
        IList<string>? landlines = null;
        app = await TestApp.StartAsync(db, o =>
        {
            o.Behaviour.LandlineNumbers.Add("+50720001111");
            landlines = o.Behaviour.LandlineNumbers;
        });
        var sent = await app.Http.PostAsJsonAsync("/api/businesses/la-fonda/messages", new { to = "sms:+50720001111", text = "¿Sigue en pie?" });
        var id = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var path = $"/api/businesses/la-fonda/messages/{id}";
        await Eventually.GetAsync(app.Http, path, m => m.GetProperty("status").GetString() == "failed");
        var dead = await app.Http.GetFromJsonAsync<JsonElement>("/api/businesses/la-fonda/dead");
        Assert.Equal("21614", Assert.Single(dead.GetProperty("messages").EnumerateArray()).GetProperty("error").GetProperty("code").GetString());

        // The number is ported to a mobile line; now a retry goes through.
        landlines!.Clear();
        var retry = await app.Http.PostAsync($"{path}/retry", null);

        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        await Eventually.GetAsync(app.Http, path, m => m.GetProperty("status").GetString() is "sent" or "delivered");
        dead = await app.Http.GetFromJsonAsync<JsonElement>("/api/businesses/la-fonda/dead");
        Assert.Empty(dead.GetProperty("messages").EnumerateArray());
    }
}
