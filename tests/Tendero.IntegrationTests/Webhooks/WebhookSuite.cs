using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tendero.IntegrationTests.Support;

namespace Tendero.IntegrationTests.Webhooks;

/// <summary>Webhooks through real HTTP, once per database: verified, persisted before 200, deduplicated, hostile input refused.</summary>
public abstract class WebhookSuite(string kind)
{
    private async Task<(TestDatabase, TestApp)> StartAsync()
    {
        var db = await TestDatabase.CreateAsync(kind);
        return (db, await TestApp.StartAsync(db, workers: []));
    }

    private static async Task<JsonElement[]> MessagesAsync(TestApp app)
    {
        var page = await app.Http.GetFromJsonAsync<JsonElement>("/api/businesses/la-fonda/messages?limit=500");
        return page.GetProperty("messages").EnumerateArray().ToArray();
    }

    [SkippableFact]
    public async Task WhatsAppVerify_TokenMatches_EchoesChallenge()
    {
        var (db, app) = await StartAsync();
        await using var _db = db;
        await using var _app = app;
        var ok = await app.Http.GetAsync("/webhooks/whatsapp/la-fonda?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=" + SignedRequests.Secret("WHATSAPP_VERIFY_TOKEN"));
        var wrong = await app.Http.GetAsync("/webhooks/whatsapp/la-fonda?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=meatyhamhock");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("1158201444", await ok.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
    }

    [SkippableFact]
    public async Task WhatsAppPost_SignedTwice_StoredOnceAndAnswered200()
    {
        var (db, app) = await StartAsync();
        await using var _db = db;
        await using var _app = app;
        var first = await app.Http.SendAsync(SignedRequests.WhatsApp("la-fonda", Payloads.WhatsAppText()));
        var again = await app.Http.SendAsync(SignedRequests.WhatsApp("la-fonda", Payloads.WhatsAppText()));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var message = Assert.Single(await MessagesAsync(app));
        Assert.Equal("Hola, mi pedido ya salio?", message.GetProperty("text").GetString());
        Assert.Equal("+50761234567", message.GetProperty("address").GetString());
        Assert.Equal("Ana Perez", message.GetProperty("contact_name").GetString());
    }

    [SkippableFact]
    public async Task WhatsAppPost_EscapedUnicode_VerifiesOverRawBytesAndStoresAccents()
    {
        var (db, app) = await StartAsync();
        await using var _db = db;
        await using var _app = app;
        var response = await app.Http.SendAsync(SignedRequests.WhatsApp("la-fonda", Payloads.WhatsAppEscaped));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("¿Envían a Panamá?", Assert.Single(await MessagesAsync(app)).GetProperty("text").GetString());
    }

    [SkippableFact]
    public async Task WhatsAppPost_BadOrMissingSignature_401AndNothingStored()
    {
        var (db, app) = await StartAsync();
        await using var _db = db;
        await using var _app = app;
        var bad = await app.Http.SendAsync(SignedRequests.WhatsApp("la-fonda", Payloads.WhatsAppText(), "sha256=" + new string('0', 64)));
        var missing = SignedRequests.WhatsApp("la-fonda", Payloads.WhatsAppText());
        missing.Headers.Remove("X-Hub-Signature-256");
        var none = await app.Http.SendAsync(missing);
        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Empty(await MessagesAsync(app));
    }

    [SkippableFact]
    public async Task WhatsAppPost_MalformedButSigned_400NothingStoredServerStaysUp()
    {
        var (db, app) = await StartAsync();
        await using var _db = db;
        await using var _app = app;
        foreach (var body in new[] { "{not json", """{"object":"page","entry":[]}""", Payloads.WhatsAppText().Replace("\"from\":\"50761234567\",", "", StringComparison.Ordinal) })
        {
            var response = await app.Http.SendAsync(SignedRequests.WhatsApp("la-fonda", body));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
        Assert.Empty(await MessagesAsync(app));
        Assert.Equal(HttpStatusCode.OK, (await app.Http.GetAsync("/healthz")).StatusCode);
    }

    [SkippableFact]
    public async Task WhatsAppPost_OverSizeLimit_Refused()
    {
        var (db, app) = await StartAsync();
        await using var _db = db;
        await using var _app = app;
        var huge = Payloads.WhatsAppText(body: new string('a', 5 * 1024 * 1024));
        try
        {
            var response = await app.Http.SendAsync(SignedRequests.WhatsApp("la-fonda", huge));
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        }
        catch (HttpRequestException)
        {
            // The server answered 413 and closed the connection before the client finished writing: refused as well.
        }
        Assert.Empty(await MessagesAsync(app));
        Assert.Equal(HttpStatusCode.OK, (await app.Http.GetAsync("/healthz")).StatusCode);
    }

    [SkippableFact]
    public async Task TelegramPost_SecretChecked_StoredOnce()
    {
        var (db, app) = await StartAsync();
        await using var _db = db;
        await using var _app = app;
        var wrong = await app.Http.SendAsync(SignedRequests.Telegram("la-fonda", Payloads.TelegramText(), secret: "nope"));
        var ok = await app.Http.SendAsync(SignedRequests.Telegram("la-fonda", Payloads.TelegramText()));
        var dup = await app.Http.SendAsync(SignedRequests.Telegram("la-fonda", Payloads.TelegramText()));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.True(ok.IsSuccessStatusCode);
        Assert.True(dup.IsSuccessStatusCode);
        var message = Assert.Single(await MessagesAsync(app));
        Assert.Equal(("telegram", "111111111"), (message.GetProperty("channel").GetString(), message.GetProperty("address").GetString()));
    }

    [SkippableFact]
    public async Task TwilioSms_SignedOverPublicUrl_StoredAndAnsweredWithTwiml()
    {
        var (db, app) = await StartAsync();
        await using var _db = db;
        await using var _app = app;
        var path = "/webhooks/twilio/la-fonda/sms";
        var bad = await app.Http.SendAsync(SignedRequests.Twilio(app.ServerUrl, path, Payloads.TwilioInbound(), signature: "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
        var ok = await app.Http.SendAsync(SignedRequests.Twilio(app.ServerUrl, path, Payloads.TwilioInbound()));
        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Contains("<Response", await ok.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("sms", Assert.Single(await MessagesAsync(app)).GetProperty("channel").GetString());
    }

    [SkippableFact]
    public async Task Webhook_UnknownBusiness_404()
    {
        var (db, app) = await StartAsync();
        await using var _db = db;
        await using var _app = app;
        var response = await app.Http.SendAsync(SignedRequests.WhatsApp("nobody", Payloads.WhatsAppText()));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

public sealed class SqliteWebhookTests() : WebhookSuite("sqlite");

public sealed class PostgresWebhookTests() : WebhookSuite("postgres");
