using System.Security.Cryptography;
using System.Text;
using Tendero.Simulator;
using Tendero.Tests.Contracts;

namespace Tendero.Tests.Simulator;

public sealed class WhatsAppWebhookTests
{
    private const string Customer = "50761234567";

    /// <summary>Checks the signature the way Tendero must: HMAC of the received bytes, never of re-serialized JSON.</summary>
    private static void AssertSigned(ReceivedRequest request)
    {
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SimHarness.AppSecret), request.Body));
        Assert.Equal(expected, request.Header("X-Hub-Signature-256"));
    }

    [Fact]
    public async Task Send_FreeFormToCustomerWhoNeverWrote_GetsSignedFailedStatus131047()
    {
        await using var h = await SimHarness.StartAsync();

        var (status, body) = await SimHttp.WhatsAppAsync(h, SimHttp.WhatsAppText(Customer, "¿Sigue en pie su reserva?", "row-9"));
        await h.Simulator.WhenIdleAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(200, status);
        var webhook = Assert.Single(h.Receiver.Received);
        AssertSigned(webhook);
        Assert.Equal("application/json", webhook.Header("Content-Type"));
        Assert.Empty(ContractFiles.WhatsAppWebhooks.ValidateSchema("WebhookPayload", webhook.Json));
        var item = webhook.Json["entry"]![0]!["changes"]![0]!["value"]!["statuses"]![0]!;
        Assert.Equal((string?)body["messages"]![0]!["id"], (string?)item["id"]);
        Assert.Equal("failed", (string?)item["status"]);
        Assert.Equal("row-9", (string?)item["biz_opaque_callback_data"]);
        Assert.Equal(131047, (int?)item["errors"]![0]!["code"]);
        Assert.Equal("Re-engagement message", (string?)item["errors"]![0]!["title"]);
        Assert.Equal(h.Time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)item["timestamp"]);
    }

    [Fact]
    public async Task Send_FreeFormAfter24HoursOfSilence_Fails131047()
    {
        await using var h = await SimHarness.StartAsync();
        await h.Simulator.Customers.SendWhatsAppTextAsync(SimHarness.PhoneNumberId, Customer, "Ana", "Hola");
        h.Time.Advance(TimeSpan.FromHours(24));

        await SimHttp.WhatsAppAsync(h, SimHttp.WhatsAppText(Customer, "¿Sigue ahí?"));
        await h.Simulator.WhenIdleAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(["failed"], h.Journal.WebhookAttempts(SimProvider.WhatsApp).Where(a => a.Kind == WebhookKind.Status).Select(a => a.Status));
    }

    [Fact]
    public async Task Send_TemplateOutsideWindow_IsSentDeliveredAndRead()
    {
        await using var h = await SimHarness.StartAsync();
        const string Template = """{"messaging_product":"whatsapp","to":"50761234567","type":"template","template":{"name":"recordatorio","language":{"code":"es"}}}""";

        await SimHttp.WhatsAppAsync(h, Template);
        var statuses = await h.Receiver.WaitForAsync(3);

        var values = statuses.Select(s => (string?)s.Json["entry"]![0]!["changes"]![0]!["value"]!["statuses"]![0]!["status"]).ToList();
        Assert.Equal(["delivered", "read", "sent"], values.Order());
        Assert.All(statuses, AssertSigned);
    }

    [Fact]
    public async Task Send_InsideWindow_StatusesFollowTheConfiguredDelays()
    {
        await using var h = await SimHarness.StartAsync(o =>
        {
            o.Behaviour.SentDelay = TimeSpan.FromMilliseconds(200);
            o.Behaviour.DeliveredDelay = TimeSpan.FromMilliseconds(300);
            o.Behaviour.ReadDelay = TimeSpan.FromSeconds(1);
        });
        await h.Simulator.Customers.SendWhatsAppTextAsync(SimHarness.PhoneNumberId, Customer, "Ana", "Hola");
        var inboundCount = h.Receiver.Received.Count;

        await SimHttp.WhatsAppAsync(h, SimHttp.WhatsAppText(Customer, "¡Bienvenida!"));
        h.Time.Advance(TimeSpan.FromMilliseconds(199));
        var beforeSent = h.Receiver.Received.Count - inboundCount;
        h.Time.Advance(TimeSpan.FromMilliseconds(1));
        await h.Receiver.WaitForAsync(inboundCount + 1);
        h.Time.Advance(TimeSpan.FromMilliseconds(300));
        await h.Receiver.WaitForAsync(inboundCount + 2);
        h.Time.Advance(TimeSpan.FromSeconds(1));
        await h.Simulator.WhenIdleAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(0, beforeSent);
        var start = h.Time.GetUtcNow() - TimeSpan.FromMilliseconds(1500);
        var statuses = h.Journal.WebhookAttempts(SimProvider.WhatsApp).Where(a => a.Kind == WebhookKind.Status).OrderBy(a => a.At).ToList();
        Assert.Equal(["sent", "delivered", "read"], statuses.Select(s => s.Status));
        Assert.Equal([start.AddMilliseconds(200), start.AddMilliseconds(500), start.AddMilliseconds(1500)], statuses.Select(s => s.At));
        Assert.All(statuses, s => Assert.Equal(200, s.HttpStatus));
    }

    [Fact]
    public async Task StatusWebhook_ServerAnswers500_IsRetriedUntil200()
    {
        // The customer never wrote, so the message yields exactly one status: failed.
        await using var h = await SimHarness.StartAsync();
        var calls = 0;
        h.Receiver.Respond = _ => Interlocked.Increment(ref calls) <= 2 ? (500, "") : (200, "");

        await SimHttp.WhatsAppAsync(h, SimHttp.WhatsAppText(Customer, "Hola"));
        await h.Simulator.WhenIdleAsync(TimeSpan.FromSeconds(5));

        var attempts = h.Journal.WebhookAttempts(SimProvider.WhatsApp);
        Assert.Equal([1, 2, 3], attempts.Select(a => a.Attempt));
        Assert.Equal([500, 500, 200], attempts.Select(a => a.HttpStatus));
        Assert.Equal(3, h.Receiver.Received.Count);
        Assert.Single(h.Receiver.Received.Select(r => r.Text).Distinct());
    }

    [Fact]
    public async Task StatusWebhook_ServerAlwaysFails_StopsAfterWebhookAttempts()
    {
        await using var h = await SimHarness.StartAsync(o => o.Behaviour.WebhookAttempts = 3);
        h.Receiver.Respond = _ => (503, "");

        await SimHttp.WhatsAppAsync(h, SimHttp.WhatsAppText(Customer, "Hola"));
        await h.Simulator.WhenIdleAsync(TimeSpan.FromSeconds(5));

        Assert.Equal([1, 2, 3], h.Journal.WebhookAttempts(SimProvider.WhatsApp).Select(a => a.Attempt));
    }
}
