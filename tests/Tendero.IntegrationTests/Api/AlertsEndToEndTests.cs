using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Tendero.IntegrationTests.Support;
using Tendero.Simulator;

namespace Tendero.IntegrationTests.Api;

/// <summary>
/// Alerts from the API to a virtual person and back: the server and the simulator over real HTTP, every worker running.
/// The chain ends only when the person's read or button press has come back through a webhook.
/// </summary>
public sealed partial class AlertsEndToEndTests
{
    private const string Phone = "+50760005555";
    private const long Chat = 700100999;

    [Fact]
    public async Task Alert_WhatsAppReadAfterADelay_EndsReadAfterOneMessage()
    {
        await using var db = TestDatabase.Sqlite();
        await using var app = await TestApp.StartAsync(db);
        app.Simulator.SetBehaviour(Phone, new SimPersonBehaviour { ReadDelay = TimeSpan.FromMilliseconds(300) });
        await PutAnaAsync(app);

        // Critical, so that La Fonda's quiet hours (21:00-07:00 in Panama, on the real clock) never postpone it.
        var chain = await RunAlertAsync(app, critical: true);

        Assert.Equal("read", chain.GetProperty("outcome").GetString());
        Assert.Equal(["0 notify whatsapp queued", "1 wait  read", "2 end  read"], History(chain));
        var sent = Assert.Single(app.Simulator.Journal.OutboundMessages());
        Assert.Equal((SimProvider.WhatsApp, Phone.TrimStart('+'), "stock_alert"), (sent.Provider, sent.To, sent.TemplateName));
    }

    [Fact]
    public async Task Alert_WhatsAppNeverReadAndTelegramButtonPressed_EndsAcked()
    {
        // La Fonda's policy waits two hours before Telegram; this copy waits a second.
        var businesses = TestBusinesses.Edited("la-fonda", yaml => Policies().Replace(yaml, """
            policies:
              stock-alert:
                steps:
                  - notify: whatsapp
                  - wait: 1s
                    until: read
                  - notify: telegram
                  - wait: 1m
                    until: acked
              reservation-reminder:
                steps:
                  - notify: whatsapp

            """));
        await using var db = TestDatabase.Sqlite();
        await using var app = await TestApp.StartAsync(db, o => o.Behaviour.KnownTelegramChats.Add(Chat), businessesDir: businesses);
        app.Simulator.SetBehaviour(Phone, new SimPersonBehaviour { Read = SimRead.Never });
        app.Simulator.SetBehaviour($"{Chat}", new SimPersonBehaviour { PressButton = true, ButtonDelay = TimeSpan.FromMilliseconds(200) });
        await PutAnaAsync(app);

        var chain = await RunAlertAsync(app, critical: false);

        Assert.Equal(("acked", "acknowledged on telegram"), (chain.GetProperty("outcome").GetString(), chain.GetProperty("history").EnumerateArray().Last().GetProperty("detail").GetString()));
        Assert.Equal(["0 notify whatsapp queued", "1 wait  timeout", "2 notify telegram queued", "3 end  acked"], History(chain));
        var telegram = Assert.Single(app.Simulator.Journal.OutboundMessages(SimProvider.Telegram));
        var button = JsonNode.Parse(telegram.ReplyMarkup!)!["inline_keyboard"]![0]![0]!;
        Assert.Equal($"ack:{chain.GetProperty("id").GetInt64()}", button["callback_data"]!.GetValue<string>());
    }

    private static async Task PutAnaAsync(TestApp app)
    {
        var put = await app.Http.PutAsJsonAsync("/api/businesses/la-fonda/contacts/ana",
            new { name = "Ana", addresses = new { whatsapp = Phone, telegram = $"{Chat}" } });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
    }

    /// <summary>Starts an alert to Ana and returns the chain once it has ended.</summary>
    private static async Task<JsonElement> RunAlertAsync(TestApp app, bool critical)
    {
        var start = await app.Http.PostAsJsonAsync("/api/businesses/la-fonda/alerts", new { to = "ana", policy = "stock-alert", critical, text = "Quedan 2 kg de tomate" });
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        return await Eventually.GetAsync(app.Http, start.Headers.Location!.ToString(), c => c.GetProperty("state").GetString() == "done");
    }

    private static string[] History(JsonElement chain) =>
    [
        .. chain.GetProperty("history").EnumerateArray().Select(e =>
            $"{e.GetProperty("step").GetInt32()} {e.GetProperty("kind").GetString()} {e.GetProperty("channel").GetString()} {e.GetProperty("outcome").GetString()}"),
    ];

    // From "policies:" up to the next top-level key.
    [GeneratedRegex(@"^policies:\n(?:(?:[ #].*)?\n)*", RegexOptions.Multiline)]
    private static partial Regex Policies();
}
