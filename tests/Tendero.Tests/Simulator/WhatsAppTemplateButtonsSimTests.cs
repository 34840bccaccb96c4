using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Tendero.Simulator;

namespace Tendero.Tests.Simulator;

/// <summary>Templates with quick-reply buttons: checked and journaled by the simulator, and tapped by a virtual person.</summary>
public sealed class WhatsAppTemplateButtonsSimTests
{
    private const string Customer = "50761234567";

    private static string Template(params JsonObject[] buttons) => new JsonObject
    {
        ["messaging_product"] = "whatsapp", ["recipient_type"] = "individual", ["to"] = Customer, ["type"] = "template",
        ["template"] = new JsonObject
        {
            ["name"] = "reserva_recordatorio", ["language"] = new JsonObject { ["policy"] = "deterministic", ["code"] = "es" },
            ["components"] = new JsonArray([
                new JsonObject { ["type"] = "body", ["parameters"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = "Ana" }) },
                .. buttons]),
        },
    }.ToJsonString();

    private static JsonObject QuickReply(string index, string? payload) => new()
    {
        ["type"] = "button", ["sub_type"] = "quick_reply", ["index"] = index,
        ["parameters"] = payload is null ? new JsonArray() : new JsonArray(new JsonObject { ["type"] = "payload", ["payload"] = payload }),
    };

    [Fact]
    public async Task TapWhatsAppButton_AfterTemplateWithQuickReplies_PostsButtonWebhookWithThePayload()
    {
        await using var h = await SimHarness.StartAsync();

        var (status, _) = await SimHttp.WhatsAppAsync(h, Template(QuickReply("0", "reservation:confirm:2026-11-26:r1"), QuickReply("1", "reservation:cancel:2026-11-26:r1")));

        Assert.Equal(200, status);
        var sent = Assert.Single(h.Journal.OutboundMessages(SimProvider.WhatsApp));
        Assert.Equal(["reservation:confirm:2026-11-26:r1", "reservation:cancel:2026-11-26:r1"], sent.ButtonPayloads);

        // Over the control surface, as the demo does it.
        var tap = await h.Http.PostAsJsonAsync(new Uri(h.Simulator.BaseAddress, "/_sim/customers/whatsapp/tap"),
            new { account = SimHarness.PhoneNumberId, from = "+" + Customer, index = 1, text = "Cancelar" });

        Assert.True(tap.IsSuccessStatusCode, await tap.Content.ReadAsStringAsync());
        var webhook = Assert.Single(h.Receiver.Received, r => r.Path == "/wa" && r.Text.Contains("\"button\"", StringComparison.Ordinal));
        var message = webhook.Json["entry"]![0]!["changes"]![0]!["value"]!["messages"]![0]!;
        Assert.Equal("button", (string?)message["type"]);
        Assert.Equal(("reservation:cancel:2026-11-26:r1", "Cancelar"), ((string?)message["button"]!["payload"], (string?)message["button"]!["text"]));
        Assert.Equal(sent.ProviderId, (string?)message["context"]!["id"]);
    }

    [Fact]
    public async Task Send_QuickReplyWithoutPayload_Returns400()
    {
        await using var h = await SimHarness.StartAsync();

        var (status, body) = await SimHttp.WhatsAppAsync(h, Template(QuickReply("0", null)));

        Assert.Equal(400, status);
        Assert.Contains("payload", (string?)body["error"]!["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TapWhatsAppButton_NoTemplateWithButtons_Throws()
    {
        await using var h = await SimHarness.StartAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => h.Simulator.Customers.TapWhatsAppButtonAsync(SimHarness.PhoneNumberId, Customer, 0));
    }
}
