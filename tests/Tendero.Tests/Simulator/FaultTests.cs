using System.Text.Json.Nodes;
using Tendero.Simulator;

namespace Tendero.Tests.Simulator;

public sealed class FaultTests
{
    [Fact]
    public async Task ServerErrorRate1_EachProvider_AnswersItsOwnServerErrorShape()
    {
        await using var h = await SimHarness.StartAsync();
        await h.Simulator.Customers.SendTelegramTextAsync(SimHarness.BotToken, 1, "Ana", "es", "Hola");
        h.Simulator.Faults.ServerErrorRate = 1;

        var (waStatus, wa) = await SimHttp.WhatsAppAsync(h, SimHttp.WhatsAppText("50761234567", "Hola"));
        var (tgStatus, tg) = await SimHttp.TelegramAsync(h, "sendMessage", new JsonObject { ["chat_id"] = 1, ["text"] = "Hola" });
        var (twStatus, tw, _) = await SimHttp.TwilioAsync(h, SimHarness.MessagesPath, SimHttp.Sms("+50761234567", "Hola"));

        Assert.Contains((waStatus, (int?)wa["error"]!["code"]), new[] { (500, (int?)1), (503, (int?)2) });
        Assert.Equal("""{"ok":false,"error_code":502,"description":"Bad Gateway"}""", tg.ToJsonString());
        Assert.Equal(502, tgStatus);
        Assert.Contains((twStatus, (int?)tw["code"]), new[] { (500, (int?)20500), (503, (int?)20503) });
        Assert.Empty(h.Journal.OutboundMessages());
    }

    [Fact]
    public async Task ServerErrorRate1_SetWebhookAndGetMe_AreNotAffected()
    {
        await using var h = await SimHarness.StartAsync();
        h.Simulator.Faults.ServerErrorRate = 1;

        var (me, _) = await SimHttp.TelegramAsync(h, "getMe", []);
        var (hook, _) = await SimHttp.TelegramAsync(h, "setWebhook", new JsonObject { ["url"] = h.Receiver.Url("/tg") });

        Assert.Equal((200, 200), (me, hook));
    }

    [Fact]
    public async Task TimeoutRate1_ClientGivesUp_RequestIsJournaledAsUnanswered()
    {
        await using var h = await SimHarness.StartAsync();
        h.Simulator.Faults.TimeoutRate = 1;
        using var impatient = new HttpClient { BaseAddress = h.Simulator.BaseAddress, Timeout = TimeSpan.FromMilliseconds(200) };
        using var form = new FormUrlEncodedContent(SimHttp.Sms("+50761234567", "Hola"));
        impatient.DefaultRequestHeaders.Authorization = new("Basic",
            Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{SimHarness.AccountSid}:{SimHarness.AuthToken}")));

        await Assert.ThrowsAnyAsync<TaskCanceledException>(() => impatient.PostAsync(SimHarness.MessagesPath, form));
        for (var i = 0; i < 50 && h.Journal.Requests(SimProvider.Twilio).Count == 0; i++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System);
        }

        Assert.Equal(0, Assert.Single(h.Journal.Requests(SimProvider.Twilio)).HttpStatus);
        Assert.Empty(h.Journal.OutboundMessages());
    }

    [Fact]
    public async Task TimeoutRate1_HoldRunsOutOnSimulatorClock_AnswersServerError()
    {
        await using var h = await SimHarness.StartAsync();
        h.Simulator.Faults.TimeoutRate = 1;
        h.Simulator.Faults.TimeoutHold = TimeSpan.FromSeconds(100);

        var sending = SimHttp.WhatsAppAsync(h, SimHttp.WhatsAppText("50761234567", "Hola"));
        await Task.Delay(TimeSpan.FromMilliseconds(150), TimeProvider.System);
        var held = !sending.IsCompleted;
        var (status, _) = await SimClock.AdvanceUntilAsync(h, sending, TimeSpan.FromSeconds(100));

        Assert.True(held);
        Assert.True(status is 500 or 503);
    }

    [Fact]
    public async Task DropStatusRate1_StatusesAreJournaledAsDroppedAndNotPosted()
    {
        await using var h = await SimHarness.StartAsync();
        h.Simulator.Faults.DropStatusRate = 1;

        await SimHttp.WhatsAppAsync(h, SimHttp.WhatsAppText("50761234567", "Hola"));
        await SimHttp.TwilioAsync(h, SimHarness.MessagesPath, SimHttp.Sms("+50761234567", "Hola", h.Receiver.Url("/status")));
        await h.Simulator.WhenIdleAsync(TimeSpan.FromSeconds(5));

        Assert.Empty(h.Receiver.Received);
        var dropped = h.Journal.WebhookAttempts();
        Assert.Equal(3, dropped.Count); // WhatsApp failed; Twilio sent and delivered
        Assert.All(dropped, a => Assert.True(a.Dropped));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    public void ServerErrorRate_OutsideZeroToOne_Throws(double rate) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new FaultSettings().ServerErrorRate = rate);
}
