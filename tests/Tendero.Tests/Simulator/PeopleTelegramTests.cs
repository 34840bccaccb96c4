using System.Globalization;
using System.Text.Json.Nodes;
using Tendero.Simulator;
using Tendero.Tests.Contracts;

namespace Tendero.Tests.Simulator;

public sealed class PeopleTelegramTests
{
    private const long Chat = 111111111;
    private static readonly string Person = Chat.ToString(CultureInfo.InvariantCulture);

    private static JsonNode AckKeyboard() =>
        JsonNode.Parse("""{"inline_keyboard":[[{"text":"Ver","url":"https://tendero.example/a/42"},{"text":"✅ Recibido","callback_data":"ack:42"}],[{"text":"Otro","callback_data":"other"}]]}""")!;

    /// <summary>A harness whose bot knows the chat (the person wrote first), optionally with a webhook.</summary>
    private static async Task<SimHarness> WithChatAsync(bool webhook)
    {
        var h = await SimHarness.StartAsync();
        await h.Simulator.Customers.SendTelegramTextAsync(SimHarness.BotToken, Chat, "Ana", "es", "Hola");
        await SimHttp.TelegramAsync(h, "getUpdates", new JsonObject { ["offset"] = 2 });
        if (webhook)
        {
            await SimHttp.TelegramAsync(h, "setWebhook", new JsonObject { ["url"] = h.Receiver.Url("/tg"), ["secret_token"] = "s3cret" });
        }

        return h;
    }

    [Fact]
    public async Task PressButton_MessageWithInlineKeyboard_PostsCallbackQueryOfTheFirstCallbackButton()
    {
        await using var h = await WithChatAsync(webhook: true);
        h.Simulator.SetBehaviour(Person, new SimPersonBehaviour { PressButton = true, ButtonDelay = TimeSpan.FromSeconds(30) });
        var sentAt = h.Time.GetUtcNow();

        var (_, sent) = await SimHttp.TelegramAsync(h, "sendMessage",
            new JsonObject { ["chat_id"] = Chat, ["text"] = "Alerta: congelador", ["reply_markup"] = AckKeyboard() });
        h.Time.Advance(TimeSpan.FromSeconds(30));
        var webhook = Assert.Single(await h.Receiver.WaitForAsync(1));
        await h.Simulator.WhenIdleAsync(TimeSpan.FromSeconds(5));

        Assert.Equal("s3cret", webhook.Header("X-Telegram-Bot-Api-Secret-Token"));
        var query = webhook.Json["callback_query"]!;
        Assert.Empty(ContractFiles.Telegram.ValidateObject("CallbackQuery", query));
        Assert.Equal("ack:42", (string?)query["data"]);
        Assert.Equal((int?)sent["result"]!["message_id"], (int?)query["message"]!["message_id"]);
        Assert.Equal(Chat, (long?)query["message"]!["chat"]!["id"]);
        Assert.Equal(Chat, (long?)query["from"]!["id"]);
        Assert.Equal("ack:42", (string?)query["message"]!["reply_markup"]!["inline_keyboard"]![0]![1]!["callback_data"]);
        Assert.Matches("^[0-9]+$", (string?)query["chat_instance"]);
        var (answered, _) = await SimHttp.TelegramAsync(h, "answerCallbackQuery", new JsonObject { ["callback_query_id"] = (string?)query["id"] });
        Assert.Equal(200, answered);
        var action = Assert.Single(h.Journal.PersonActions());
        Assert.Equal((PersonAction.ButtonPress, Person, $"{Chat}:{sent["result"]!["message_id"]}", "ack:42", sentAt + TimeSpan.FromSeconds(30)),
            (action.Action, action.Address, action.ProviderId, action.Value, action.At));
        Assert.Equal(((long?)webhook.Json["update_id"])?.ToString(CultureInfo.InvariantCulture), action.InboundId);
    }

    [Fact]
    public async Task PressButton_WithoutWebhook_CallbackQueryWaitsForGetUpdates()
    {
        await using var h = await WithChatAsync(webhook: false);
        h.Simulator.SetBehaviour(Person, new SimPersonBehaviour { PressButton = true });

        await SimHttp.TelegramAsync(h, "sendMessage", new JsonObject { ["chat_id"] = Chat, ["text"] = "Alerta", ["reply_markup"] = AckKeyboard() });
        await h.Simulator.WhenIdleAsync(TimeSpan.FromSeconds(5));
        var (_, updates) = await SimHttp.TelegramAsync(h, "getUpdates", []);

        var update = Assert.Single(updates["result"]!.AsArray())!;
        Assert.Empty(ContractFiles.Telegram.ValidateObject("Update", update));
        Assert.Equal("ack:42", (string?)update["callback_query"]!["data"]);
    }

    [Fact]
    public async Task PressButton_MessageWithoutKeyboard_PressesNothing()
    {
        await using var h = await WithChatAsync(webhook: true);
        h.Simulator.SetBehaviour(Person, new SimPersonBehaviour { PressButton = true });

        await SimHttp.TelegramAsync(h, "sendMessage", new JsonObject { ["chat_id"] = Chat, ["text"] = "Sin botones" });
        await h.Simulator.WhenIdleAsync(TimeSpan.FromSeconds(5));

        Assert.Empty(h.Receiver.Received);
        Assert.Empty(h.Journal.PersonActions());
    }

    [Fact]
    public async Task Reply_TelegramMessage_PostsMessageUpdateFromTheChat()
    {
        await using var h = await WithChatAsync(webhook: true);
        h.Simulator.SetBehaviour(Person, new SimPersonBehaviour { ReplyText = "OK", ReplyDelay = TimeSpan.FromMinutes(2) });

        var (_, sent) = await SimHttp.TelegramAsync(h, "sendMessage", new JsonObject { ["chat_id"] = Chat, ["text"] = "Alerta" });
        h.Time.Advance(TimeSpan.FromMinutes(2));
        await h.Simulator.WhenIdleAsync(TimeSpan.FromSeconds(5));

        var update = Assert.Single(h.Receiver.Received).Json;
        Assert.Empty(ContractFiles.Telegram.ValidateObject("Update", update));
        Assert.Equal(("OK", Chat, "Ana"), ((string?)update["message"]!["text"], (long?)update["message"]!["chat"]!["id"],
            (string?)update["message"]!["from"]!["first_name"]));
        Assert.Equal((int?)sent["result"]!["message_id"] + 1, (int?)update["message"]!["message_id"]);
        Assert.Equal(PersonAction.Reply, Assert.Single(h.Journal.PersonActions()).Action);
    }

    [Fact]
    public async Task ButtonProbability_PersonWithoutBehaviour_PressesAfterButtonDelay()
    {
        await using var h = await SimHarness.StartAsync(o =>
        {
            o.Behaviour.ButtonProbability = 1;
            o.Behaviour.ButtonDelay = TimeSpan.FromSeconds(10);
            o.Behaviour.KnownTelegramChats.Add(-100200);
        });

        await SimHttp.TelegramAsync(h, "sendMessage", new JsonObject { ["chat_id"] = -100200, ["text"] = "Alerta", ["reply_markup"] = AckKeyboard() });
        h.Time.Advance(TimeSpan.FromSeconds(10));
        await h.Simulator.WhenIdleAsync(TimeSpan.FromSeconds(5));
        var (_, updates) = await SimHttp.TelegramAsync(h, "getUpdates", []);

        Assert.Equal("ack:42", (string?)Assert.Single(updates["result"]!.AsArray())!["callback_query"]!["data"]);
        Assert.Equal("-100200", Assert.Single(h.Journal.PersonActions()).Address);
    }

    [Fact]
    public async Task SendMessage_CallbackDataOver64Bytes_Returns400ButtonDataInvalid()
    {
        await using var h = await WithChatAsync(webhook: false);
        var keyboard = new JsonObject
        {
            ["inline_keyboard"] = new JsonArray(new JsonArray(new JsonObject { ["text"] = "Sí", ["callback_data"] = new string('a', 65) })),
        };

        var (status, body) = await SimHttp.TelegramAsync(h, "sendMessage", new JsonObject { ["chat_id"] = Chat, ["text"] = "¿?", ["reply_markup"] = keyboard });

        Assert.Equal(400, status);
        Assert.Equal("Bad Request: BUTTON_DATA_INVALID", (string?)body["description"]);
    }
}
