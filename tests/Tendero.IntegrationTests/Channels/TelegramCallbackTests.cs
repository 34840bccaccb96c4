using System.Net.Http.Json;
using System.Text.Json;
using Tendero.IntegrationTests.Support;
using Tendero.Simulator;

namespace Tendero.IntegrationTests.Channels;

/// <summary>A button press is stored like any inbound message, and answered so the person's button stops spinning.</summary>
public sealed class TelegramCallbackTests
{
    [Fact]
    public async Task CallbackQuery_Pressed_StoredOnceAndAnswered()
    {
        await using var db = TestDatabase.Sqlite();
        await using var app = await TestApp.StartAsync(db, o => o.Behaviour.KnownTelegramChats.Add(5550003));
        var sent = await app.Http.PostAsJsonAsync("/api/businesses/la-fonda/messages", new { to = "telegram:5550003", text = "¿Confirma su mesa?" });
        var id = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var message = await Eventually.GetAsync(app.Http, $"/api/businesses/la-fonda/messages/{id}", m => m.GetProperty("status").GetString() == "sent");
        var botMessageId = int.Parse(message.GetProperty("provider_id").GetString()!.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);

        var press = await app.Simulator.Customers.SendTelegramCallbackAsync(app.Business.Telegram!.BotToken, 5550003, botMessageId, "confirm");

        Assert.Equal(200, press.HttpStatus);
        var answer = Assert.Single(app.Simulator.Journal.Requests(SimProvider.Telegram), r => r.Path.EndsWith("/answerCallbackQuery", StringComparison.Ordinal));
        Assert.Equal(200, answer.HttpStatus);
        var page = await app.Http.GetFromJsonAsync<JsonElement>("/api/businesses/la-fonda/messages");
        var callback = Assert.Single(page.GetProperty("messages").EnumerateArray(), m => m.GetProperty("kind").GetString() == "callback");
        Assert.Equal(("confirm", "5550003"), (callback.GetProperty("text").GetString(), callback.GetProperty("address").GetString()));
    }
}
