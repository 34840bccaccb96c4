using System.Text.Json.Nodes;
using Tendero.Simulator;
using Tendero.Tests.Contracts;

namespace Tendero.Tests.Simulator;

public sealed class WhatsAppApiTests
{
    private const string Customer = "50761234567";

    [Fact]
    public async Task Send_TextInsideWindow_Returns200WithWamidPerContract()
    {
        await using var h = await SimHarness.StartAsync();
        await h.Simulator.Customers.SendWhatsAppTextAsync(SimHarness.PhoneNumberId, Customer, "Ana", "Hola");

        var (status, body) = await SimHttp.WhatsAppAsync(h, SimHttp.WhatsAppText("+507 6123-4567", "¡Hola Ana!", "ledger-7"));

        Assert.Equal(200, status);
        Assert.Empty(ContractFiles.WhatsApp.ValidateResponse("POST", SimHarness.WhatsAppPath, 200, body));
        Assert.Equal("whatsapp", (string?)body["messaging_product"]);
        Assert.Equal("+507 6123-4567", (string?)body["contacts"]![0]!["input"]);
        Assert.Equal(Customer, (string?)body["contacts"]![0]!["wa_id"]);
        var wamid = (string)body["messages"]![0]!["id"]!;
        Assert.StartsWith("wamid.", wamid, StringComparison.Ordinal);
        var sent = Assert.Single(h.Journal.OutboundMessages(SimProvider.WhatsApp));
        Assert.Equal((wamid, Customer, "¡Hola Ana!", "ledger-7"), (sent.ProviderId, sent.To, sent.Text, sent.CallbackData));
    }

    [Fact]
    public async Task Send_TwoMessages_GetDistinctWamids()
    {
        await using var h = await SimHarness.StartAsync();

        var (_, first) = await SimHttp.WhatsAppAsync(h, SimHttp.WhatsAppText(Customer, "uno"));
        var (_, second) = await SimHttp.WhatsAppAsync(h, SimHttp.WhatsAppText(Customer, "dos"));

        Assert.NotEqual((string?)first["messages"]![0]!["id"], (string?)second["messages"]![0]!["id"]);
    }

    [Theory]
    [InlineData("wrong-token")]
    [InlineData(null)]
    public async Task Send_BadOrMissingToken_Returns401Code190(string? token)
    {
        await using var h = await SimHarness.StartAsync();

        var (status, body) = await SimHttp.WhatsAppAsync(h, SimHttp.WhatsAppText(Customer, "Hola"), token);

        Assert.Equal(401, status);
        Assert.Equal(190, (int?)body["error"]!["code"]);
        Assert.Equal("OAuthException", (string?)body["error"]!["type"]);
        Assert.Empty(ContractFiles.WhatsApp.ValidateSchema("GraphAPIError", body));
        Assert.Equal(190, Assert.Single(h.Journal.Requests(SimProvider.WhatsApp)).ErrorCode);
    }

    [Fact]
    public async Task Send_UnknownPhoneNumberId_Returns400Code100()
    {
        await using var h = await SimHarness.StartAsync();

        var (status, body) = await SimHttp.WhatsAppAsync(h, SimHttp.WhatsAppText(Customer, "Hola"), path: "/v23.0/999/messages");

        Assert.Equal(400, status);
        Assert.Equal(100, (int?)body["error"]!["code"]);
    }

    public static TheoryData<string, string> InvalidBodies => new()
    {
        { """{"to":"50761234567","type":"text","text":{"body":"Hola"}}""", "messaging_product" },
        { """{"messaging_product":"sms","to":"50761234567","type":"text","text":{"body":"Hola"}}""", "messaging_product" },
        { """{"messaging_product":"whatsapp","type":"text","text":{"body":"Hola"}}""", "to" },
        { """{"messaging_product":"whatsapp","to":"50761234567","type":"text","text":{"body":""}}""", "text['body']" },
        { """{"messaging_product":"whatsapp","to":"50761234567","type":"text"}""", "text" },
        { $$$"""{"messaging_product":"whatsapp","to":"50761234567","type":"text","text":{"body":"{{{new string('a', 4097)}}}"}}""", "4096" },
        { """{"messaging_product":"whatsapp","to":"50761234567","type":"template","template":{"language":{"code":"es"}}}""", "template['name']" },
        { """{"messaging_product":"whatsapp","to":"50761234567","type":"template","template":{"name":"x","language":{}}}""", "['code']" },
        { """{"messaging_product":"whatsapp","to":"50761234567","type":"fax","fax":{}}""", "type" },
        { $$$"""{"messaging_product":"whatsapp","to":"50761234567","text":{"body":"a"},"biz_opaque_callback_data":"{{{new string('x', 513)}}}"}""", "512" },
        { "not json", "JSON" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task Send_InvalidBody_Returns400Code100NamingTheField(string json, string named)
    {
        await using var h = await SimHarness.StartAsync();

        var (status, body) = await SimHttp.WhatsAppAsync(h, json);

        Assert.Equal(400, status);
        Assert.Equal(100, (int?)body["error"]!["code"]);
        Assert.StartsWith("(#100) ", (string?)body["error"]!["message"], StringComparison.Ordinal);
        Assert.Contains(named, (string?)body["error"]!["message"], StringComparison.Ordinal);
        Assert.Empty(h.Journal.OutboundMessages());
    }

    [Fact]
    public async Task Send_81stMessageInOneSecond_Returns130429ThenRecoversAfterASecond()
    {
        await using var h = await SimHarness.StartAsync();
        h.Simulator.SetWhatsAppWebhookUrl(null, null);
        for (var i = 0; i < 80; i++)
        {
            var (ok, _) = await SimHttp.WhatsAppAsync(h, SimHttp.WhatsAppText($"5076{i:D7}", "Oferta"));
            Assert.Equal(200, ok);
        }

        var (status, body) = await SimHttp.WhatsAppAsync(h, SimHttp.WhatsAppText("50769999999", "Oferta"));
        h.Time.Advance(TimeSpan.FromSeconds(1));
        var (later, _) = await SimHttp.WhatsAppAsync(h, SimHttp.WhatsAppText("50769999999", "Oferta"));

        Assert.Equal(400, status);
        Assert.Equal(130429, (int?)body["error"]!["code"]);
        Assert.Equal("(#130429) Rate limit hit", (string?)body["error"]!["message"]);
        Assert.Equal(200, later);
    }

    [Fact]
    public async Task Send_46thMessageToOneRecipient_Returns131056()
    {
        await using var h = await SimHarness.StartAsync();
        for (var i = 0; i < 45; i++)
        {
            // Spread over time so the number's 80/s bucket never runs dry; the pair bucket refills only 1 per 6 s.
            h.Time.Advance(TimeSpan.FromMilliseconds(100));
            Assert.Equal(200, (await SimHttp.WhatsAppAsync(h, SimHttp.WhatsAppText(Customer, "hola"))).Status);
        }

        var (status, body) = await SimHttp.WhatsAppAsync(h, SimHttp.WhatsAppText(Customer, "hola"));

        Assert.Equal(400, status);
        Assert.Equal(131056, (int?)body["error"]!["code"]);
    }

    [Fact]
    public async Task MarkAsRead_MessageId_ReturnsSuccess()
    {
        await using var h = await SimHarness.StartAsync();

        var (status, body) = await SimHttp.WhatsAppAsync(h, """{"messaging_product":"whatsapp","status":"read","message_id":"wamid.X"}""");

        Assert.Equal(200, status);
        Assert.True((bool?)body["success"]);
    }
}
