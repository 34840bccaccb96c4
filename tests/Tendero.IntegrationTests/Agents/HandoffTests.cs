using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tendero.IntegrationTests.Support;
using Tendero.Simulator;

namespace Tendero.IntegrationTests.Agents;

/// <summary>
/// A customer asks for a person: staff hear about it on Telegram, the bot goes quiet in that conversation, and the
/// conversations API hands it back, after which the bot answers again.
/// </summary>
public sealed class HandoffTests
{
    private const string Customer = "50761230000";

    [Fact]
    public async Task Handoff_CustomerAsksForAPerson_BotIsQuietUntilHandedBackThroughTheApi()
    {
        await using var db = TestDatabase.Sqlite();
        await using var app = await TestApp.StartAsync(db, businessesDir: TestBusinesses.WithAssistant);
        const string list = "/api/businesses/la-fonda/conversations";

        await SayAsync(app, "Quiero hablar con una persona, por favor");
        var handed = (await Eventually.GetAsync(app.Http, list + "?mode=handoff", c => c.GetArrayLength() == 1))[0];
        var id = handed.GetProperty("id").GetInt64();
        await Eventually.UntilAsync(() => Task.FromResult(app.Simulator.Journal.OutboundMessages(SimProvider.Telegram)
            .Any(m => m.To == "700100200" && m.Text?.Contains($"/bot {id}", StringComparison.Ordinal) == true)), TimeSpan.FromSeconds(20), "María told on Telegram");
        var repliesBefore = Replies(app);

        await SayAsync(app, "¿Hola? ¿A qué hora abren?");
        await Eventually.GetAsync(app.Http, $"{list}/{id}", c => c.GetProperty("state").GetProperty("turns").GetInt32() == 2);
        Assert.Equal(repliesBefore, Replies(app)); // quiet while staff have it

        var release = await app.Http.PostAsync($"{list}/{id}/release", null);
        Assert.Equal(HttpStatusCode.Accepted, release.StatusCode);
        await Eventually.GetAsync(app.Http, $"{list}/{id}", c => c.GetProperty("mode").GetString() == "bot");
        var again = await app.Http.PostAsync($"{list}/{id}/release", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Http.PostAsync($"{list}/999999/release", null)).StatusCode);

        await SayAsync(app, "¿A qué hora abren?");
        await Eventually.UntilAsync(() => Task.FromResult(Replies(app) > repliesBefore), TimeSpan.FromSeconds(20), "the bot answers again");
    }

    private static int Replies(TestApp app) => app.Simulator.Journal.OutboundMessages(SimProvider.WhatsApp).Count(m => m.To == Customer);

    private static async Task SayAsync(TestApp app, string text)
    {
        var sent = await app.Simulator.Customers.SendAsync(new ScriptedMessage(
            SimProvider.WhatsApp, app.Business.WhatsApp!.PhoneNumberId, Customer, null, "Rosa", "es", text, TimeSpan.Zero));
        Assert.Equal(200, sent.HttpStatus);
    }
}
