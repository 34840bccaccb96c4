using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tendero.IntegrationTests.Support;

namespace Tendero.IntegrationTests.Api;

/// <summary>The send and list API over real HTTP, against the simulator.</summary>
public sealed class MessagesApiTests : IAsyncLifetime
{
    private TestDatabase db = null!;
    private TestApp app = null!;

    public async Task InitializeAsync()
    {
        db = TestDatabase.Sqlite();
        app = await TestApp.StartAsync(db, o => o.Behaviour.KnownTelegramChats.Add(424242));
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await db.DisposeAsync();
    }

    [Fact]
    public async Task Post_WithoutApiKey_401()
    {
        using var anonymous = new HttpClient { BaseAddress = app.ServerUrl };
        var response = await anonymous.PostAsJsonAsync("/api/businesses/la-fonda/messages", new { to = "telegram:424242", text = "hola" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("fax:+50760001111", "hola", "Unknown channel")]
    [InlineData("whatsapp:60001111x", "hola", "not a phone number")]
    [InlineData("telegram:ana", "hola", "numeric chat id")]
    [InlineData("sms:+50760001111", "", "'text' is required")]
    public async Task Post_BadInput_400WithReason(string to, string text, string reason)
    {
        var response = await app.Http.PostAsJsonAsync("/api/businesses/la-fonda/messages", new { to, text });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(reason, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SmsTooLong_400()
    {
        var response = await app.Http.PostAsJsonAsync("/api/businesses/la-fonda/messages", new { to = "sms:+50760001111", text = new string('a', 1601) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_UnknownBusiness_404()
    {
        var response = await app.Http.PostAsJsonAsync("/api/businesses/nadie/messages", new { to = "sms:+50760001111", text = "hola" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_Telegram_202ThenSentWithProviderId()
    {
        var response = await app.Http.PostAsJsonAsync("/api/businesses/la-fonda/messages", new { to = "telegram:424242", text = "¡Hola, mañana abrimos a las 12!" });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = accepted.GetProperty("id").GetInt64();
        Assert.Equal("queued", accepted.GetProperty("status").GetString());

        var message = await Eventually.GetAsync(app.Http, $"/api/businesses/la-fonda/messages/{id}", m => m.GetProperty("status").GetString() == "sent");
        Assert.StartsWith("424242:", message.GetProperty("provider_id").GetString(), StringComparison.Ordinal);
        Assert.Equal("outbound", message.GetProperty("direction").GetString());
        var sent = Assert.Single(app.Simulator.Journal.OutboundMessages(Tendero.Simulator.SimProvider.Telegram));
        Assert.Equal("¡Hola, mañana abrimos a las 12!", sent.Text);
    }

    [Fact]
    public async Task Post_WhatsAppOutsideWindow_SendsTheApprovedTemplateInstead()
    {
        var response = await app.Http.PostAsJsonAsync("/api/businesses/la-fonda/messages", new { to = "whatsapp:+50760009999", text = "¿Sigue en pie su reserva?" });
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        await Eventually.GetAsync(app.Http, $"/api/businesses/la-fonda/messages/{id}", m => m.GetProperty("status").GetString() is "sent" or "delivered" or "read");

        // The customer never wrote, so free text would be refused (131047): la-fonda's default template carries it instead.
        var sent = Assert.Single(app.Simulator.Journal.OutboundMessages(), m => m.To.Contains("50760009999", StringComparison.Ordinal));
        Assert.Equal(("template", "la_fonda_aviso", "¿Sigue en pie su reserva?"), (sent.Kind, sent.TemplateName, sent.Text));
    }

    [Fact]
    public async Task Post_SmsToLandline_FailsAtOnceWithReadableReason()
    {
        await app.DisposeAsync();
        app = await TestApp.StartAsync(db, o => o.Behaviour.LandlineNumbers.Add("+50720001111"));
        var response = await app.Http.PostAsJsonAsync("/api/businesses/la-fonda/messages", new { to = "sms:+50720001111", text = "hola" });
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var message = await Eventually.GetAsync(app.Http, $"/api/businesses/la-fonda/messages/{id}", m => m.GetProperty("status").GetString() == "failed");
        Assert.Equal("21614", message.GetProperty("error").GetProperty("code").GetString());
        Assert.Contains("landline", message.GetProperty("error").GetProperty("reason").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task List_PagesOldestFirstWithNextAfter()
    {
        for (var i = 0; i < 5; i++)
        {
            await app.Http.SendAsync(SignedRequests.Telegram("la-fonda", Payloads.TelegramText(updateId: 1000 + i, messageId: 10 + i, text: $"m{i}")));
        }
        var first = await app.Http.GetFromJsonAsync<JsonElement>("/api/businesses/la-fonda/messages?limit=2");
        var next = first.GetProperty("next_after").GetInt64();
        var second = await app.Http.GetFromJsonAsync<JsonElement>($"/api/businesses/la-fonda/messages?limit=2&after={next}");
        var texts = first.GetProperty("messages").EnumerateArray().Concat(second.GetProperty("messages").EnumerateArray())
            .Where(m => m.GetProperty("direction").GetString() == "inbound").Select(m => m.GetProperty("text").GetString()).ToList();
        Assert.Equal(["m0", "m1"], texts.Take(2));
        Assert.True(second.GetProperty("messages")[0].GetProperty("id").GetInt64() > next);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Http.GetAsync("/api/businesses/la-fonda/messages?limit=0")).StatusCode);
    }

    [Fact]
    public async Task StatusPage_ShowsCountsAndLanes()
    {
        await app.Http.SendAsync(SignedRequests.Telegram("la-fonda", Payloads.TelegramText()));
        var html = await app.Http.GetStringAsync("/status");
        Assert.Contains("Tendero status", html, StringComparison.Ordinal);
        Assert.Contains("<td>telegram</td><td>in</td><td>received</td><td>1</td>", html, StringComparison.Ordinal);
    }
}
