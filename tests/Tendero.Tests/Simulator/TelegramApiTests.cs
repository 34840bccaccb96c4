using System.Text.Json.Nodes;
using Tendero.Simulator;
using Tendero.Tests.Contracts;

namespace Tendero.Tests.Simulator;

public sealed class TelegramApiTests
{
    private const long Chat = 111111111;

    private static async Task<SimHarness> WithCustomerAsync(Action<SimulatorOptions>? configure = null)
    {
        var h = await SimHarness.StartAsync(configure);
        await h.Simulator.Customers.SendTelegramTextAsync(SimHarness.BotToken, Chat, "Ana", "es", "Hola");
        return h;
    }

    [Fact]
    public async Task SendMessage_ChatThatWrote_ReturnsMessagePerContract()
    {
        await using var h = await WithCustomerAsync();
        var keyboard = JsonNode.Parse("""{"inline_keyboard":[[{"text":"Sí","callback_data":"yes"}]]}""");

        var (status, body) = await SimHttp.TelegramAsync(h, "sendMessage", new JsonObject { ["chat_id"] = Chat, ["text"] = "¡Hola Ana!", ["reply_markup"] = keyboard });

        Assert.Equal(200, status);
        Assert.True((bool?)body["ok"]);
        var message = body["result"]!;
        Assert.Empty(ContractFiles.Telegram.ValidateResult("sendMessage", message));
        Assert.Equal(2, (int?)message["message_id"]); // the customer's message was 1 in this chat
        Assert.Equal(Chat, (long?)message["chat"]!["id"]);
        Assert.Equal("private", (string?)message["chat"]!["type"]);
        Assert.True((bool?)message["from"]!["is_bot"]);
        Assert.Equal("¡Hola Ana!", (string?)message["text"]);
        Assert.Equal("yes", (string?)message["reply_markup"]!["inline_keyboard"]![0]![0]!["callback_data"]);
        Assert.Equal($"{Chat}:2", Assert.Single(h.Journal.OutboundMessages(SimProvider.Telegram)).ProviderId);
    }

    [Fact]
    public async Task SendMessage_UnknownChat_Returns400ChatNotFound()
    {
        await using var h = await SimHarness.StartAsync();

        var (status, body) = await SimHttp.TelegramAsync(h, "sendMessage", new JsonObject { ["chat_id"] = 42, ["text"] = "Hola" });

        Assert.Equal(400, status);
        Assert.Equal("""{"ok":false,"error_code":400,"description":"Bad Request: chat not found"}""", body.ToJsonString());
    }

    [Fact]
    public async Task SendMessage_KnownTelegramChatsFromBehaviour_IsAccepted()
    {
        await using var h = await SimHarness.StartAsync(o => o.Behaviour.KnownTelegramChats.Add(-100200));

        var (status, body) = await SimHttp.TelegramAsync(h, "sendMessage", new JsonObject { ["chat_id"] = "-100200", ["text"] = "Turno de noche" });

        Assert.Equal(200, status);
        Assert.Equal("group", (string?)body["result"]!["chat"]!["type"]);
    }

    [Theory]
    [InlineData("", "message text is empty")]
    [InlineData(null, "message text is empty")]
    public async Task SendMessage_NoText_Returns400(string? text, string description)
    {
        await using var h = await WithCustomerAsync();

        var (status, body) = await SimHttp.TelegramAsync(h, "sendMessage", new JsonObject { ["chat_id"] = Chat, ["text"] = text });

        Assert.Equal(400, status);
        Assert.Equal("Bad Request: " + description, (string?)body["description"]);
    }

    [Fact]
    public async Task SendMessage_TextOver4096_Returns400()
    {
        await using var h = await WithCustomerAsync();

        var (status, _) = await SimHttp.TelegramAsync(h, "sendMessage", new JsonObject { ["chat_id"] = Chat, ["text"] = new string('a', 4097) });

        Assert.Equal(400, status);
    }

    [Fact]
    public async Task SendMessage_FourthInOneSecondToOneChat_Returns429WithRetryAfter()
    {
        await using var h = await WithCustomerAsync();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(200, (await SimHttp.TelegramAsync(h, "sendMessage", new JsonObject { ["chat_id"] = Chat, ["text"] = "x" })).Status);
        }

        var (status, body) = await SimHttp.TelegramAsync(h, "sendMessage", new JsonObject { ["chat_id"] = Chat, ["text"] = "x" });
        h.Time.Advance(TimeSpan.FromSeconds(1));
        var (later, _) = await SimHttp.TelegramAsync(h, "sendMessage", new JsonObject { ["chat_id"] = Chat, ["text"] = "x" });

        Assert.Equal(429, status);
        Assert.Equal("""{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 1","parameters":{"retry_after":1}}""", body.ToJsonString());
        Assert.Equal(200, later);
    }

    [Fact]
    public async Task SendMessage_21stInOneMinuteToGroup_Returns429WithWholeSecondsToWait()
    {
        await using var h = await SimHarness.StartAsync(o => o.Behaviour.KnownTelegramChats.Add(-5));
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(200, (await SimHttp.TelegramAsync(h, "sendMessage", new JsonObject { ["chat_id"] = -5, ["text"] = "x" })).Status);
        }

        var (status, body) = await SimHttp.TelegramAsync(h, "sendMessage", new JsonObject { ["chat_id"] = -5, ["text"] = "x" });

        Assert.Equal(429, status);
        Assert.Equal(3, (int?)body["parameters"]!["retry_after"]); // 20 per minute refills one token every 3 s
    }

    [Fact]
    public async Task Call_UnknownToken_Returns401()
    {
        await using var h = await SimHarness.StartAsync();

        var (status, body) = await SimHttp.TelegramAsync(h, "getMe", [], token: "999:nope");

        Assert.Equal(401, status);
        Assert.Equal("""{"ok":false,"error_code":401,"description":"Unauthorized"}""", body.ToJsonString());
    }

    [Fact]
    public async Task Call_UnknownMethod_Returns404()
    {
        await using var h = await SimHarness.StartAsync();

        var (status, body) = await SimHttp.TelegramAsync(h, "sendTelepathy", []);

        Assert.Equal(404, status);
        Assert.Equal("Not Found", (string?)body["description"]);
    }

    [Fact]
    public async Task GetMe_QueryStringGet_ReturnsBotUser()
    {
        await using var h = await SimHarness.StartAsync();

        var body = JsonNode.Parse(await h.Http.GetStringAsync($"/bot{SimHarness.BotToken}/getMe"))!;

        Assert.Empty(ContractFiles.Telegram.ValidateResult("getMe", body["result"]));
        Assert.Equal(123456, (long?)body["result"]!["id"]);
        Assert.True((bool?)body["result"]!["is_bot"]);
    }

    [Fact]
    public async Task GetMe_TokenContainingBot_IsRouted()
    {
        // A complex route segment "bot{token}" never matched tokens with "bot" inside; this guards the hand-made prefix check.
        const string token = "424242:robot-bottle";
        await using var h = await SimHarness.StartAsync(o => o.Telegram.Add(new SimTelegramBot { Token = token }));

        var body = JsonNode.Parse(await h.Http.GetStringAsync($"/bot{token}/getMe"))!;
        var wrongPrefix = await h.Http.GetAsync($"/bat{token}/getMe");

        Assert.Equal(424242, (long?)body["result"]!["id"]);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, wrongPrefix.StatusCode);
    }

    [Fact]
    public async Task SendMessage_FormEncoded_IsAccepted()
    {
        await using var h = await WithCustomerAsync();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["chat_id"] = Chat.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["text"] = "Hola",
            ["reply_markup"] = """{"inline_keyboard":[[{"text":"OK","callback_data":"ok"}]]}""",
        });

        using var response = await h.Http.PostAsync($"/bot{SimHarness.BotToken}/sendMessage", form);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("ok", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["result"]!["reply_markup"]!["inline_keyboard"]![0]![0]!["callback_data"]);
    }
}
