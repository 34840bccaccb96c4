using System.Text.Json.Nodes;
using Tendero.Channels.WhatsApp;
using Tendero.Config;
using Tendero.Core;
using Tendero.Tests.Contracts;

namespace Tendero.Tests.Channels.WhatsApp;

/// <summary>A template with quick-reply buttons: the body parameters, then one button component per payload, as Meta's contract describes.</summary>
public sealed class WhatsAppTemplateButtonsTests
{
    private const string Accepted = """
        {"messaging_product":"whatsapp","contacts":[{"input":"50761234567","wa_id":"50761234567"}],"messages":[{"id":"wamid.T1"}]}
        """;

    [Fact]
    public async Task SendAsync_TemplateWithQuickReplies_PostsButtonComponentsThatPassTheContract()
    {
        await using var fake = await FakeProvider.StartAsync(_ => (200, Accepted));
        using var http = new HttpClient();
        var business = new BusinessConfig("la-fonda", "La Fonda", TimeZoneInfo.Utc, "es", new Dictionary<string, string>(),
            new WhatsAppAccount(WhatsAppVectors.PhoneNumberId, "+15550783881", "v23.0", fake.BaseAddress, WhatsAppVectors.AppSecret, "verify", "token"),
            null, null, "businesses/la-fonda.yaml");
        var message = new OutboundMessage(7, "la-fonda", new Address(ChannelKind.WhatsApp, "+50761234567"), "ignored", 1)
        {
            Template = new TemplateSend("reserva_recordatorio", "es", ["Ana", "20:00", "4"])
            {
                ButtonPayloads = ["reservation:confirm:2026-11-26:r1", "reservation:cancel:2026-11-26:r1"],
            },
        };

        Assert.Equal(new SendResult.Sent("wamid.T1"), await new WhatsAppChannel(new WhatsAppClient(http)).SendAsync(business, message, default));

        var request = Assert.Single(fake.Requests);
        var expected = JsonNode.Parse("""
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"50761234567","type":"template",
             "template":{"name":"reserva_recordatorio","language":{"policy":"deterministic","code":"es"},"components":[
               {"type":"body","parameters":[{"type":"text","text":"Ana"},{"type":"text","text":"20:00"},{"type":"text","text":"4"}]},
               {"type":"button","sub_type":"quick_reply","index":"0","parameters":[{"type":"payload","payload":"reservation:confirm:2026-11-26:r1"}]},
               {"type":"button","sub_type":"quick_reply","index":"1","parameters":[{"type":"payload","payload":"reservation:cancel:2026-11-26:r1"}]}]}}
            """);
        Assert.True(JsonNode.DeepEquals(expected, request.Json), request.Body);
        Assert.Empty(ContractFiles.WhatsApp.ValidateRequest("POST", request.Path, request.ContentType, request.Json, null));
    }
}
