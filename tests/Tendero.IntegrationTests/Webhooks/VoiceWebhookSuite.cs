using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Tendero.IntegrationTests.Support;
using static Tendero.IntegrationTests.Support.VoiceCalls;

namespace Tendero.IntegrationTests.Webhooks;

/// <summary>A call's two webhooks through real HTTP, once per database: signed, stored once, mapped to our statuses, priced by the minute.</summary>
public abstract class VoiceWebhookSuite(string kind)
{
    private async Task<(TestDatabase, TestApp)> StartAsync()
    {
        var db = await TestDatabase.CreateAsync(kind);
        return (db, await TestApp.StartAsync(db, workers: []));
    }

    [SkippableFact]
    public async Task Keypress_SignedTwice_StoredOnceAndThankedInTheCallLanguage()
    {
        var (db, app) = await StartAsync();
        await using var _db = db;
        await using var _app = app;
        await PlaceCallAsync(app, language: "en");

        var first = await PostAsync(app, Keypress, CallForm(("Digits", "1")));
        var again = await PostAsync(app, Keypress, CallForm(("Digits", "1")));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        Assert.Equal("text/xml", first.Content.Headers.ContentType?.MediaType);
        var say = XDocument.Parse(await first.Content.ReadAsStringAsync()).Root!.Element("Say")!;
        Assert.Equal(("Thank you, confirmed.", "en-US"), (say.Value, (string?)say.Attribute("language")));
        var keypress = Assert.Single(await MessagesAsync(app), m => m.GetProperty("direction").GetString() == "inbound");
        Assert.Equal(("voice", "+50761234567", "keypress", "1", $"{CallSid}:digits"),
            (keypress.GetProperty("channel").GetString(), keypress.GetProperty("address").GetString(), keypress.GetProperty("kind").GetString(),
             keypress.GetProperty("text").GetString(), keypress.GetProperty("provider_id").GetString()));
    }

    [SkippableFact]
    public async Task Keypress_OtherDigitWithoutCallRow_SaysGoodbyeInTheBusinessLanguage()
    {
        var (db, app) = await StartAsync();
        await using var _db = db;
        await using var _app = app;

        var response = await PostAsync(app, Keypress, CallForm(("Digits", "7")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var say = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Element("Say")!;
        Assert.Equal(("Adiós.", "es-MX"), (say.Value, (string?)say.Attribute("language")));
        Assert.Equal("7", Assert.Single(await MessagesAsync(app)).GetProperty("text").GetString());
    }

    [SkippableFact]
    public async Task VoiceWebhooks_BadSignature_401AndNothingStored()
    {
        var (db, app) = await StartAsync();
        await using var _db = db;
        await using var _app = app;
        var id = await PlaceCallAsync(app, language: "es");

        var keypress = await PostAsync(app, Keypress, CallForm(("Digits", "1")), signature: "RSOYDt4T1cUTdK1PDd93/VVr8B8=");
        var status = await PostAsync(app, Status, CallForm(("CallStatus", "no-answer")), signature: "RSOYDt4T1cUTdK1PDd93/VVr8B8=");

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (keypress.StatusCode, status.StatusCode));
        var call = Assert.Single(await MessagesAsync(app));
        Assert.Equal((id, "sent"), (call.GetProperty("id").GetInt64(), call.GetProperty("status").GetString()));
    }

    [SkippableFact]
    public async Task Status_NoAnswer_FailsTheCallWithAReason()
    {
        var (db, app) = await StartAsync();
        await using var _db = db;
        await using var _app = app;
        var id = await PlaceCallAsync(app, language: "es");

        var response = await PostAsync(app, Status, CallForm(("CallStatus", "no-answer"), ("CallDuration", "0")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = await MessageAsync(app, id);
        Assert.Equal("failed", call.GetProperty("status").GetString());
        Assert.Equal("no-answer", call.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("The call was not answered.", call.GetProperty("error").GetProperty("reason").GetString());
    }

    [SkippableFact]
    public async Task Status_RingingThenAnsweredThenCompleted_MovesForwardToDeliveredWithoutACostRow()
    {
        var (db, app) = await StartAsync();
        await using var _db = db;
        await using var _app = app;
        var id = await PlaceCallAsync(app, language: "es");

        foreach (var callStatus in new[] { "ringing", "in-progress", "completed", "completed", "ringing" })
        {
            // CallDuration on every report: only a completed one prices the call, and this one has no cost row.
            Assert.Equal(HttpStatusCode.OK, (await PostAsync(app, Status, CallForm(("CallStatus", callStatus), ("CallDuration", "5")))).StatusCode);
        }

        var call = await MessageAsync(app, id);
        Assert.Equal("delivered", call.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, call.GetProperty("error").ValueKind);
    }

    [SkippableFact]
    public async Task Status_CompletedWithDuration_PricesTheCallByTheMinute()
    {
        var (db, app) = await StartAsync();
        await using var _db = db;
        await using var _app = app;
        var id = await PlaceCallAsync(app, language: "es", unitMicros: 13_000);

        await PostAsync(app, Status, CallForm(("CallStatus", "completed"), ("CallDuration", "61")));
        await PostAsync(app, Status, CallForm(("CallStatus", "completed"), ("CallDuration", "61")));

        Assert.Equal((2L, 26_000L), await CostAsync(app, id));
        Assert.Equal("delivered", (await MessageAsync(app, id)).GetProperty("status").GetString());
    }

    [SkippableFact]
    public async Task Send_VoiceThroughTheSimulator_CallsWithTheGatherAndEndsDelivered()
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = await TestApp.StartAsync(db, o => o.Behaviour.CallDuration = TimeSpan.FromMilliseconds(200));

        var accepted = await app.Http.PostAsJsonAsync("/api/businesses/la-fonda/messages", new { to = "voice:+50761234567", text = "Su pedido <12> & más." });
        var id = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        // The simulator plays the call and posts a signed "completed" to the StatusCallback we gave it.
        var call = await Eventually.GetAsync(app.Http, $"/api/businesses/la-fonda/messages/{id}", m => m.GetProperty("status").GetString() == "delivered");
        Assert.StartsWith("CA", call.GetProperty("provider_id").GetString(), StringComparison.Ordinal);
        var placed = Assert.Single(app.Simulator.Journal.OutboundMessages(Tendero.Simulator.SimProvider.Twilio));
        var gather = XDocument.Parse(placed.Twiml!).Root!.Element("Gather")!;
        Assert.Equal(new Uri(app.ServerUrl, Keypress).AbsoluteUri, (string?)gather.Attribute("action"));
        Assert.Equal("Su pedido <12> & más.", gather.Element("Say")!.Value);
    }
}

public sealed class SqliteVoiceWebhookTests() : VoiceWebhookSuite("sqlite");

public sealed class PostgresVoiceWebhookTests() : VoiceWebhookSuite("postgres");
