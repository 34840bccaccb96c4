using System.Text.Json.Nodes;
using Tendero.Channels.WhatsApp;
using Tendero.Config;
using Tendero.Core;
using Tendero.Tests.Contracts;

namespace Tendero.Tests.Channels.WhatsApp;

/// <summary>Template sends (outside the 24-hour window) against a fake Graph API, checked against Meta's contract.</summary>
public sealed class WhatsAppTemplateTests
{
    private const string Accepted = """
        {"messaging_product":"whatsapp","contacts":[{"input":"50761234567","wa_id":"50761234567"}],"messages":[{"id":"wamid.T1"}]}
        """;

    private static async Task<SendResult> SendAsync(Uri baseUrl, TemplateSend template)
    {
        using var http = new HttpClient();
        var business = new BusinessConfig("la-fonda", "La Fonda", TimeZoneInfo.Utc, "es", new Dictionary<string, string>(),
            new WhatsAppAccount(WhatsAppVectors.PhoneNumberId, "+15550783881", "v23.0", baseUrl, WhatsAppVectors.AppSecret, "verify", "token"),
            null, null, "businesses/la-fonda.yaml");
        var message = new OutboundMessage(42, "la-fonda", new Address(ChannelKind.WhatsApp, "+50761234567"), "Queda poco arroz", 1)
        {
            Template = template,
        };
        return await new WhatsAppChannel(new WhatsAppClient(http)).SendAsync(business, message, CancellationToken.None);
    }

    [Fact]
    public async Task SendAsync_TemplateWithParameters_PostsTheExactTemplateBodyAndReturnsTheWamid()
    {
        await using var fake = await FakeProvider.StartAsync(_ => (200, Accepted));

        var result = await SendAsync(fake.BaseAddress, new TemplateSend("stock_alert", "es", ["arroz", "2 kg"]));

        Assert.Equal(new SendResult.Sent("wamid.T1"), result);
        var request = Assert.Single(fake.Requests);
        var expected = JsonNode.Parse("""
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"50761234567","type":"template",
             "template":{"name":"stock_alert","language":{"policy":"deterministic","code":"es"},
              "components":[{"type":"body","parameters":[{"type":"text","text":"arroz"},{"type":"text","text":"2 kg"}]}]}}
            """);
        Assert.True(JsonNode.DeepEquals(expected, request.Json), request.Body);
    }

    [Fact]
    public async Task SendAsync_TemplateWithoutParameters_SendsNoComponents()
    {
        await using var fake = await FakeProvider.StartAsync(_ => (200, Accepted));

        await SendAsync(fake.BaseAddress, new TemplateSend("hello_world", "en_US", []));

        var template = Assert.Single(fake.Requests).Json["template"]!.AsObject();
        Assert.Equal(["name", "language"], template.Select(p => p.Key));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(0)]
    public async Task SendAsync_Template_BodyPassesMetasContract(int parameterCount)
    {
        await using var fake = await FakeProvider.StartAsync(_ => (200, Accepted));

        await SendAsync(fake.BaseAddress, new TemplateSend("stock_alert", "es", [.. Enumerable.Repeat("arroz", parameterCount)]));

        var request = Assert.Single(fake.Requests);
        Assert.Empty(ContractFiles.WhatsApp.ValidateRequest("POST", request.Path, request.ContentType, request.Json, null));
    }

    [Fact]
    public async Task SendAsync_TemplateDoesNotExist_IsRejectedNamingTemplateLanguageAndBusinessFile()
    {
        await using var fake = await FakeProvider.StartAsync(_ => (404, """
            {"error":{"message":"(#132001) Template name does not exist in the translation","type":"OAuthException","code":132001,
              "error_data":{"messaging_product":"whatsapp","details":"template name (stock_alert) does not exist in es"},"fbtrace_id":"A1"}}
            """));

        var rejected = Assert.IsType<SendResult.Rejected>(await SendAsync(fake.BaseAddress, new TemplateSend("stock_alert", "es", ["arroz"])));

        Assert.Equal("132001", rejected.Code);
        Assert.StartsWith("The template stock_alert does not exist in language es: check whatsapp_templates in the business file", rejected.Reason);
        Assert.EndsWith("template name (stock_alert) does not exist in es", rejected.Reason);
    }
}
