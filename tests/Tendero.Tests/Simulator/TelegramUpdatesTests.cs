using System.Text.Json.Nodes;
using Tendero.Simulator;
using Tendero.Tests.Contracts;

namespace Tendero.Tests.Simulator;

public sealed class TelegramUpdatesTests
{
    private const long Chat = 111111111;

    [Fact]
    public async Task GetUpdates_WithOffset_ConfirmsOlderUpdates()
    {
        await using var h = await SimHarness.StartAsync();
        var customers = h.Simulator.Customers;
        var first = await customers.SendTelegramTextAsync(SimHarness.BotToken, Chat, "Ana", "es", "Hola");
        await customers.SendTelegramTextAsync(SimHarness.BotToken, Chat, "Ana", "es", "¿Abren el sábado?");

        var (_, all) = await SimHttp.TelegramAsync(h, "getUpdates", []);
        var firstId = long.Parse(first.ProviderId, System.Globalization.CultureInfo.InvariantCulture);
        var (_, rest) = await SimHttp.TelegramAsync(h, "getUpdates", new JsonObject { ["offset"] = firstId + 1 });
        var (_, again) = await SimHttp.TelegramAsync(h, "getUpdates", []);

        Assert.Null(first.HttpStatus);
        var updates = all["result"]!.AsArray();
        Assert.Equal(2, updates.Count);
        Assert.All(updates, u => Assert.Empty(ContractFiles.Telegram.ValidateObject("Update", u)));
        Assert.Equal(firstId, (long?)updates[0]!["update_id"]);
        Assert.Equal(firstId + 1, (long?)updates[1]!["update_id"]);
        Assert.Equal("es", (string?)updates[0]!["message"]!["from"]!["language_code"]);
        Assert.Equal(["¿Abren el sábado?"], rest["result"]!.AsArray().Select(u => (string?)u!["message"]!["text"]));
        Assert.Single(again["result"]!.AsArray());
    }

    [Fact]
    public async Task GetUpdates_LongPoll_HoldsUntilACustomerWrites()
    {
        await using var h = await SimHarness.StartAsync();

        var polling = SimHttp.TelegramAsync(h, "getUpdates", new JsonObject { ["timeout"] = 30 });
        await SettleAsync();
        var heldWhileEmpty = !polling.IsCompleted;
        await h.Simulator.Customers.SendTelegramTextAsync(SimHarness.BotToken, Chat, "Ana", "es", "Hola");
        var (status, body) = await polling.WaitAsync(TimeSpan.FromSeconds(5), TimeProvider.System);

        Assert.True(heldWhileEmpty);
        Assert.Equal(200, status);
        Assert.Equal("Hola", (string?)body["result"]![0]!["message"]!["text"]);
    }

    [Fact]
    public async Task GetUpdates_LongPollTimeoutPassesOnSimulatorClock_ReturnsEmpty()
    {
        await using var h = await SimHarness.StartAsync();

        var polling = SimHttp.TelegramAsync(h, "getUpdates", new JsonObject { ["timeout"] = 30 });
        await SettleAsync();
        var heldBeforeTimeout = !polling.IsCompleted;
        var (status, body) = await SimClock.AdvanceUntilAsync(h, polling, TimeSpan.FromSeconds(30));

        Assert.True(heldBeforeTimeout);
        Assert.Equal(200, status);
        Assert.Empty(body["result"]!.AsArray());
    }

    [Fact]
    public async Task GetUpdates_WhileWebhookSet_Returns409()
    {
        await using var h = await SimHarness.StartAsync();
        await SimHttp.TelegramAsync(h, "setWebhook", new JsonObject { ["url"] = h.Receiver.Url("/tg") });

        var (status, body) = await SimHttp.TelegramAsync(h, "getUpdates", []);

        Assert.Equal(409, status);
        Assert.StartsWith("Conflict: can't use getUpdates method while webhook is active", (string?)body["description"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bad secret!")]
    [InlineData("ñandú")]
    [InlineData("")]
    public async Task SetWebhook_InvalidSecretToken_Returns400(string secret)
    {
        await using var h = await SimHarness.StartAsync();

        var (status, body) = await SimHttp.TelegramAsync(h, "setWebhook", new JsonObject { ["url"] = h.Receiver.Url("/tg"), ["secret_token"] = secret });

        Assert.Equal(400, status);
        Assert.False((bool?)body["ok"]);
    }

    [Fact]
    public async Task SetWebhook_SecretOf257Characters_Returns400()
    {
        await using var h = await SimHarness.StartAsync();

        var (status, _) = await SimHttp.TelegramAsync(h, "setWebhook", new JsonObject { ["url"] = h.Receiver.Url("/tg"), ["secret_token"] = new string('a', 257) });

        Assert.Equal(400, status);
    }

    [Fact]
    public async Task SetWebhook_ThenCustomerWrites_PostsUpdateWithSecretHeader()
    {
        await using var h = await SimHarness.StartAsync();
        var (status, body) = await SimHttp.TelegramAsync(h, "setWebhook",
            new JsonObject { ["url"] = h.Receiver.Url("/tg"), ["secret_token"] = "s3cr3t_Token-01" });

        var result = await h.Simulator.Customers.SendTelegramTextAsync(SimHarness.BotToken, Chat, "Ana", "es", "Quiero reservar");
        var (_, info) = await SimHttp.TelegramAsync(h, "getWebhookInfo", []);

        Assert.Equal((200, true), (status, (bool?)body["result"] ?? false));
        Assert.Equal(200, result.HttpStatus);
        var webhook = Assert.Single(h.Receiver.Received);
        Assert.Equal("/tg", webhook.Path);
        Assert.Equal("s3cr3t_Token-01", webhook.Header("X-Telegram-Bot-Api-Secret-Token"));
        Assert.Equal("Quiero reservar", (string?)webhook.Json["message"]!["text"]);
        Assert.Equal(result.ProviderId, ((long?)webhook.Json["update_id"])?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(ContractFiles.Telegram.ValidateResult("getWebhookInfo", info["result"]));
        Assert.Equal(h.Receiver.Url("/tg"), (string?)info["result"]!["url"]);
    }

    [Fact]
    public async Task Webhook_ServerAnswers502_RetriesWithTheSecretEachTime()
    {
        await using var h = await SimHarness.StartAsync();
        await SimHttp.TelegramAsync(h, "setWebhook", new JsonObject { ["url"] = h.Receiver.Url("/tg"), ["secret_token"] = "abc" });
        var calls = 0;
        h.Receiver.Respond = _ => Interlocked.Increment(ref calls) == 1 ? (502, "") : (204, "");

        var result = await h.Simulator.Customers.SendTelegramTextAsync(SimHarness.BotToken, Chat, "Ana", "es", "Hola");
        await h.Simulator.WhenIdleAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(502, result.HttpStatus);
        Assert.Equal([502, 204], h.Journal.WebhookAttempts(SimProvider.Telegram).Select(a => a.HttpStatus));
        Assert.All(h.Receiver.Received, r => Assert.Equal("abc", r.Header("X-Telegram-Bot-Api-Secret-Token")));
    }

    [Fact]
    public async Task SetWebhook_WithQueuedUpdates_DeliversThemUnlessDropped()
    {
        await using var h = await SimHarness.StartAsync();
        await h.Simulator.Customers.SendTelegramTextAsync(SimHarness.BotToken, Chat, "Ana", "es", "Hola");

        await SimHttp.TelegramAsync(h, "setWebhook", new JsonObject { ["url"] = h.Receiver.Url("/tg") });
        await h.Simulator.WhenIdleAsync(TimeSpan.FromSeconds(5));

        Assert.Equal("Hola", (string?)Assert.Single(h.Receiver.Received).Json["message"]!["text"]);
        Assert.Null(Assert.Single(h.Receiver.Received).Header("X-Telegram-Bot-Api-Secret-Token"));
    }

    [Fact]
    public async Task CallbackQuery_PressOnInlineButton_ArrivesAndCanBeAnsweredOnce()
    {
        await using var h = await SimHarness.StartAsync();
        await h.Simulator.Customers.SendTelegramTextAsync(SimHarness.BotToken, Chat, "Ana", "es", "Hola");
        var keyboard = JsonNode.Parse("""{"inline_keyboard":[[{"text":"Confirmar","callback_data":"confirm:42"}]]}""");
        var (_, sent) = await SimHttp.TelegramAsync(h, "sendMessage", new JsonObject { ["chat_id"] = Chat, ["text"] = "¿Confirma?", ["reply_markup"] = keyboard });
        var botMessageId = (int)sent["result"]!["message_id"]!;

        await h.Simulator.Customers.SendTelegramCallbackAsync(SimHarness.BotToken, Chat, botMessageId, "confirm:42");
        var (_, updates) = await SimHttp.TelegramAsync(h, "getUpdates", []);
        var query = updates["result"]!.AsArray().Last()!["callback_query"]!;
        var (answered, _) = await SimHttp.TelegramAsync(h, "answerCallbackQuery", new JsonObject { ["callback_query_id"] = (string?)query["id"] });
        var (again, _) = await SimHttp.TelegramAsync(h, "answerCallbackQuery", new JsonObject { ["callback_query_id"] = (string?)query["id"] });

        Assert.Empty(ContractFiles.Telegram.ValidateObject("CallbackQuery", query));
        Assert.Equal("confirm:42", (string?)query["data"]);
        Assert.Equal(botMessageId, (int?)query["message"]!["message_id"]);
        Assert.Equal(Chat, (long?)query["from"]!["id"]);
        Assert.Equal((200, 400), (answered, again));
    }

    /// <summary>Gives a request time to reach the simulator and start waiting (wall clock).</summary>
    private static Task SettleAsync() => Task.Delay(TimeSpan.FromMilliseconds(150), TimeProvider.System);
}
