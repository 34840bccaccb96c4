using System.Text.Json.Nodes;
using Tendero.Channels.Telegram;
using Tendero.Config;
using Tendero.Core;
using Tendero.IntegrationTests.Support;
using Tendero.Simulator;

namespace Tendero.IntegrationTests.Channels;

/// <summary>An alert's "✅ Recibido" button reaches the person, and their press comes back stored and answered.</summary>
public sealed class TelegramAckButtonTests
{
    private const long Chat = 5550004;

    [Fact]
    public async Task SendAsync_AckButtonPressed_StoredAsCallbackAndAnsweredWithRecibido()
    {
        await using var db = TestDatabase.Sqlite();
        await using var app = await TestApp.StartAsync(db, o =>
        {
            o.Behaviour.KnownTelegramChats.Add(Chat);
            o.People["5550004"] = new SimPersonBehaviour { PressButton = true, ButtonDelay = TimeSpan.FromMilliseconds(200) };
        });
        var business = app.Get<Businesses>().Find("la-fonda")!;
        var message = new OutboundMessage(1, business.Id, new Address(ChannelKind.Telegram, "5550004"), "Queda poco arroz", 1)
        {
            Buttons = [new ReplyButton("✅ Recibido", "ack:17")],
        };

        var result = await app.Get<TelegramChannel>().SendAsync(business, message, CancellationToken.None);

        Assert.IsType<SendResult.Sent>(result);
        var accepted = Assert.Single(app.Simulator.Journal.OutboundMessages(SimProvider.Telegram));
        var keyboard = JsonNode.Parse(accepted.ReplyMarkup!)!["inline_keyboard"]!.AsArray();
        Assert.Equal("ack:17", Assert.Single(Assert.Single(keyboard)!.AsArray())!["callback_data"]!.GetValue<string>());
        var page = await Eventually.GetAsync(app.Http, "/api/businesses/la-fonda/messages",
            p => p.GetProperty("messages").EnumerateArray().Any(m => m.GetProperty("kind").GetString() == "callback"));
        var callback = Assert.Single(page.GetProperty("messages").EnumerateArray(), m => m.GetProperty("kind").GetString() == "callback");
        Assert.Equal(("ack:17", "5550004"), (callback.GetProperty("text").GetString(), callback.GetProperty("address").GetString()));
        await Eventually.UntilAsync(() => Task.FromResult(Answers(app).Count > 0), TimeSpan.FromSeconds(10), "the press answered");
        var answer = Assert.Single(Answers(app));
        Assert.Equal((200, "✅ Recibido"), (answer.HttpStatus, answer.Fields["text"]));
    }

    private static List<ApiRequestRecord> Answers(TestApp app) =>
        [.. app.Simulator.Journal.Requests(SimProvider.Telegram).Where(r => r.Path.EndsWith("/answerCallbackQuery", StringComparison.Ordinal))];
}
