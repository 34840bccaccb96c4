using System.Security.Cryptography;
using System.Text;
using Tendero.Simulator;
using Tendero.Tests.Contracts;

namespace Tendero.Tests.Simulator;

public sealed class WhatsAppCustomerTests
{
    [Fact]
    public async Task SendWhatsAppText_NonAscii_PostsSignedEscapedInbound()
    {
        await using var h = await SimHarness.StartAsync();

        var result = await h.Simulator.Customers.SendWhatsAppTextAsync(SimHarness.PhoneNumberId, "50761234567", "Begoña", "¿Abren mañana?");

        Assert.Equal(200, result.HttpStatus);
        var webhook = Assert.Single(h.Receiver.Received);
        Assert.All(webhook.Body, b => Assert.True(b < 128));
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SimHarness.AppSecret), webhook.Body));
        Assert.Equal(expected, webhook.Header("X-Hub-Signature-256"));
        Assert.Empty(ContractFiles.WhatsAppWebhooks.ValidateSchema("WebhookPayload", webhook.Json));
        var value = webhook.Json["entry"]![0]!["changes"]![0]!["value"]!;
        Assert.Equal("Begoña", (string?)value["contacts"]![0]!["profile"]!["name"]);
        Assert.Equal("¿Abren mañana?", (string?)value["messages"]![0]!["text"]!["body"]);
        Assert.Equal(result.ProviderId, (string?)value["messages"]![0]!["id"]);
    }

    [Fact]
    public async Task SendWhatsAppButton_ReplyToWamid_CarriesContextAndPayload()
    {
        await using var h = await SimHarness.StartAsync();

        await h.Simulator.Customers.SendWhatsAppButtonAsync(SimHarness.PhoneNumberId, "50761234567", "Ana", "Confirmar", "CONFIRM_42", "wamid.ABC");

        var message = Assert.Single(h.Receiver.Received).Json["entry"]![0]!["changes"]![0]!["value"]!["messages"]![0]!;
        Assert.Equal("button", (string?)message["type"]);
        Assert.Equal("CONFIRM_42", (string?)message["button"]!["payload"]);
        Assert.Equal("Confirmar", (string?)message["button"]!["text"]);
        Assert.Equal("wamid.ABC", (string?)message["context"]!["id"]);
    }

    [Fact]
    public async Task SendWhatsAppButtonReply_Interactive_CarriesButtonReply()
    {
        await using var h = await SimHarness.StartAsync();

        await h.Simulator.Customers.SendWhatsAppButtonReplyAsync(SimHarness.PhoneNumberId, "50761234567", "Ana", "yes-7", "Sí");

        var message = Assert.Single(h.Receiver.Received).Json["entry"]![0]!["changes"]![0]!["value"]!["messages"]![0]!;
        Assert.Equal("interactive", (string?)message["type"]);
        Assert.Equal("button_reply", (string?)message["interactive"]!["type"]);
        Assert.Equal("yes-7", (string?)message["interactive"]!["button_reply"]!["id"]);
    }

    [Fact]
    public async Task SendWhatsAppText_ServerAnswers403_ReportsItAndRetries()
    {
        await using var h = await SimHarness.StartAsync(o => o.Behaviour.WebhookAttempts = 2);
        h.Receiver.Respond = _ => (403, "");

        var result = await h.Simulator.Customers.SendWhatsAppTextAsync(SimHarness.PhoneNumberId, "50761234567", "Ana", "Hola");
        await h.Simulator.WhenIdleAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(403, result.HttpStatus);
        Assert.Equal([1, 2], h.Journal.WebhookAttempts(SimProvider.WhatsApp).Select(a => a.Attempt));
    }

    [Theory]
    [InlineData("meatyhamhock", true)]
    [InlineData("wrong", false)]
    public async Task VerifyWhatsAppWebhook_ServerChecksToken_ReportsWhetherChallengeCameBack(string token, bool expected)
    {
        await using var h = await SimHarness.StartAsync();
        h.Receiver.Respond = r =>
        {
            var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(r.Query);
            return query["hub.mode"] == "subscribe" && query["hub.verify_token"] == "meatyhamhock"
                ? (200, query["hub.challenge"].ToString())
                : (403, "");
        };

        Assert.Equal(expected, await h.Simulator.Customers.VerifyWhatsAppWebhookAsync(SimHarness.PhoneNumberId, token));
        Assert.Equal("GET", Assert.Single(h.Receiver.Received).Method);
    }
}
