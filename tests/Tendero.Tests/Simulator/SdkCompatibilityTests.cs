using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.ReplyMarkups;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Http;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace Tendero.Tests.Simulator;

/// <summary>The real SDKs Tendero sends with, pointed at the simulator by base URL only, read its answers as the real providers'.</summary>
public sealed class SdkCompatibilityTests
{
    private const long Chat = 111111111;

    private static TelegramBotClient Bot(SimHarness h, System.Net.Http.HttpClient http) =>
        new(new TelegramBotClientOptions(SimHarness.BotToken, h.Simulator.BaseAddress.ToString()) { RetryThreshold = 0 }, http);

    [Fact]
    public async Task TelegramBot_SendMessageWithKeyboard_ParsesTheMessage()
    {
        await using var h = await SimHarness.StartAsync();
        using var http = new System.Net.Http.HttpClient();
        await h.Simulator.Customers.SendTelegramTextAsync(SimHarness.BotToken, Chat, "Ana", "es", "Hola");

        var message = await Bot(h, http).SendMessage(Chat, "¿Confirma su reserva?", replyMarkup: new InlineKeyboardMarkup(
            InlineKeyboardButton.WithCallbackData("Sí", "yes")));

        Assert.Equal(2, message.MessageId);
        Assert.Equal(Chat, message.Chat.Id);
        Assert.Equal("¿Confirma su reserva?", message.Text);
        Assert.Equal("yes", message.ReplyMarkup!.InlineKeyboard.Single().Single().CallbackData);
    }

    [Fact]
    public async Task TelegramBot_ChatBurst_ThrowsApiRequestExceptionWithRetryAfter()
    {
        await using var h = await SimHarness.StartAsync();
        using var http = new System.Net.Http.HttpClient();
        await h.Simulator.Customers.SendTelegramTextAsync(SimHarness.BotToken, Chat, "Ana", "es", "Hola");
        var bot = Bot(h, http);
        for (var i = 0; i < 3; i++)
        {
            await bot.SendMessage(Chat, "x");
        }

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(Chat, "x"));

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(1, error.Parameters?.RetryAfter);
    }

    [Fact]
    public async Task TelegramBot_GetUpdatesAndWebhookCalls_Work()
    {
        await using var h = await SimHarness.StartAsync();
        using var http = new System.Net.Http.HttpClient();
        var bot = Bot(h, http);
        await h.Simulator.Customers.SendTelegramTextAsync(SimHarness.BotToken, Chat, "Ana", "es", "Hola");

        var updates = await bot.GetUpdates();
        await bot.SetWebhook(h.Receiver.Url("/tg"), secretToken: "s3cr3t_Token-01");
        var info = await bot.GetWebhookInfo();
        var me = await bot.GetMe();

        Assert.Equal("Hola", Assert.Single(updates).Message!.Text);
        Assert.Equal(h.Receiver.Url("/tg"), info.Url);
        Assert.Equal(123456, me.Id);
    }

    [Fact]
    public async Task TwilioSdk_CreateMessage_ReadsTheResource()
    {
        await using var h = await SimHarness.StartAsync();
        var client = Twilio(h, out var http);
        using var _ = http;

        var message = await MessageResource.CreateAsync(new CreateMessageOptions(new PhoneNumber("+50761234567"))
        {
            From = new PhoneNumber(SimHarness.TwilioNumber),
            Body = "Su mesa está lista",
        }, client);

        Assert.Matches("^SM[0-9a-f]{32}$", message.Sid);
        Assert.Equal(MessageResource.StatusEnum.Queued, message.Status);
        Assert.Equal("1", message.NumSegments);
        Assert.Equal(new DateTime(2026, 7, 1, 12, 0, 0, DateTimeKind.Utc), message.DateCreated?.ToUniversalTime());
    }

    [Fact]
    public async Task TwilioSdk_InvalidTo_ThrowsApiExceptionWithCode21211()
    {
        await using var h = await SimHarness.StartAsync();
        var client = Twilio(h, out var http);
        using var _ = http;

        var error = await Assert.ThrowsAsync<ApiException>(() => MessageResource.CreateAsync(new CreateMessageOptions(new PhoneNumber("12345"))
        {
            From = new PhoneNumber(SimHarness.TwilioNumber),
            Body = "Hola",
        }, client));

        Assert.Equal((21211, 400), (error.Code, error.Status));
    }

    private static TwilioRestClient Twilio(SimHarness h, out System.Net.Http.HttpClient http)
    {
        http = new System.Net.Http.HttpClient(new RedirectHandler(h.Simulator.BaseAddress));
        return new TwilioRestClient(SimHarness.AccountSid, SimHarness.AuthToken, httpClient: new SystemNetHttpClient(http));
    }

    /// <summary>The Twilio SDK has no base-URL option: send its api.twilio.com requests to the simulator (REFERENCE §3.5).</summary>
    private sealed class RedirectHandler(Uri target) : DelegatingHandler(new HttpClientHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.RequestUri = new UriBuilder(request.RequestUri!) { Scheme = target.Scheme, Host = target.Host, Port = target.Port }.Uri;
            return base.SendAsync(request, cancellationToken);
        }
    }
}
