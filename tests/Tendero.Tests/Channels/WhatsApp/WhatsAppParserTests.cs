using System.Text.Json;
using Tendero.Channels.WhatsApp;
using Tendero.Core;
using Tendero.Tests.Contracts;
using static Tendero.Tests.Channels.WhatsApp.WhatsAppVectors;

namespace Tendero.Tests.Channels.WhatsApp;

/// <summary>Recorded and §13.2 webhook bodies parse to the expected records.</summary>
public sealed class WhatsAppParserTests
{
    private static InboundBatch Parse(string body)
    {
        Assert.Empty(ContractFiles.WhatsAppWebhooks.ValidateSchema("WebhookPayload", System.Text.Json.Nodes.JsonNode.Parse(body)));
        return WhatsAppParser.Parse("la-fonda", PhoneNumberId, Bytes(body));
    }

    [Fact]
    public void Parse_Vector1Text_IsOneMessageWithContactName()
    {
        var batch = Parse(Body(TextMiddle));

        Assert.Equal("la-fonda", batch.BusinessId);
        Assert.Empty(batch.Statuses);
        var message = Assert.Single(batch.Messages);
        Assert.Equal(
            new InboundMessage(ChannelKind.WhatsApp, "wamid.HBgLNTA3NjEyMzQ1NjcVAgASGBQzQUE1MEY3QjdBQzQ1RTEyMzQ1NgA=", "+50761234567",
                "Ana Perez", null, "text", "Hola, mi pedido ya salio?", DateTimeOffset.FromUnixTimeSeconds(1750000000), message.Raw),
            message);
        Assert.Equal("Hola, mi pedido ya salio?", JsonDocument.Parse(message.Raw!).RootElement.GetProperty("text").GetProperty("body").GetString());
    }

    [Fact]
    public void Parse_Vector2Sent_IsSentReportWithoutOurId()
    {
        var report = Assert.Single(Parse(Body(SentMiddle)).Statuses);

        Assert.Equal(new StatusReport(ChannelKind.WhatsApp, SentWamid, MessageStatus.Sent, DateTimeOffset.FromUnixTimeSeconds(1750000100), null, null, null), report);
    }

    [Fact]
    public void Parse_Vector3Read_IsReadReport()
    {
        var batch = Parse(Body(ReadMiddle));

        Assert.Empty(batch.Messages);
        Assert.Equal(new StatusReport(ChannelKind.WhatsApp, SentWamid, MessageStatus.Read, DateTimeOffset.FromUnixTimeSeconds(1750000300), null, null, null),
            Assert.Single(batch.Statuses));
    }

    [Fact]
    public void Parse_Vector4Failed_CarriesCodeAndReason()
    {
        var report = Assert.Single(Parse(Body(FailedMiddle)).Statuses);

        Assert.Equal((MessageStatus.Failed, "131047"), (report.Status, report.ErrorCode));
        Assert.Equal("Re-engagement message: Message failed to send because more than 24 hours have passed since the customer last replied to this number.",
            report.ErrorReason);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1750090000), report.At);
    }

    [Fact]
    public void Parse_Vector5EscapedUnicode_DecodesNameAndText()
    {
        var message = Assert.Single(Parse(Body(EscapedMiddle)).Messages);

        Assert.Equal(("Ana Pérez", "¿Envían a Panamá?"), (message.ContactName, message.Text));
    }

    [Fact]
    public void Parse_SeveralEntriesAndChanges_KeepsThemAllInOrder()
    {
        var body = Envelope(Entry(PhoneNumberId, TextMiddle, SentMiddle), Entry(PhoneNumberId, FailedMiddle, EscapedMiddle));

        var batch = WhatsAppParser.Parse("la-fonda", PhoneNumberId, Bytes(body));

        Assert.Equal(["Hola, mi pedido ya salio?", "¿Envían a Panamá?"], batch.Messages.Select(m => m.Text));
        Assert.Equal([MessageStatus.Sent, MessageStatus.Failed], batch.Statuses.Select(s => s.Status));
    }

    [Fact]
    public void Parse_ChangeForAnotherNumber_IsIgnored()
    {
        var body = Envelope(Entry("999999999999999", TextMiddle), Entry(PhoneNumberId, ReadMiddle));

        var batch = WhatsAppParser.Parse("la-fonda", PhoneNumberId, Bytes(body));

        Assert.Empty(batch.Messages);
        Assert.Equal(MessageStatus.Read, Assert.Single(batch.Statuses).Status);
    }

    [Fact]
    public void Parse_ChangeOfAnotherField_IsIgnored()
    {
        var body = Envelope($$"""{"id":"1","changes":[{{Change(PhoneNumberId, TextMiddle, "account_update")}}]}""");

        Assert.True(WhatsAppParser.Parse("la-fonda", PhoneNumberId, Bytes(body)).IsEmpty);
    }

    [Fact]
    public void Parse_ButtonReply_TakesTheButtonText()
    {
        var middle = """
            "messages":[{"from":"50761234567","id":"wamid.B1","timestamp":"1750000000","type":"button","button":{"payload":"YES","text":"Sí, confirmo"}}]
            """;

        var message = Assert.Single(WhatsAppParser.Parse("la-fonda", PhoneNumberId, Bytes(Body(middle))).Messages);

        Assert.Equal(("button", "Sí, confirmo", null), (message.Kind, message.Text, message.ContactName));
    }

    [Theory]
    [InlineData("button_reply", """{"id":"opt-2","title":"Mañana"}""", "Mañana")]
    [InlineData("list_reply", """{"id":"row-7","title":"Mesa para 4","description":"Terraza"}""", "Mesa para 4")]
    [InlineData("list_reply", """{"id":"row-7"}""", "row-7")]
    public void Parse_InteractiveReply_TakesTheTitle(string kind, string reply, string expected)
    {
        var middle = $$$"""
            "messages":[{"from":"50761234567","id":"wamid.I1","timestamp":"1750000000","type":"interactive","interactive":{"type":"{{{kind}}}","{{{kind}}}":{{{reply}}}}}]
            """;

        var message = Assert.Single(WhatsAppParser.Parse("la-fonda", PhoneNumberId, Bytes(Body(middle))).Messages);

        Assert.Equal(("interactive", expected), (message.Kind, message.Text));
    }

    [Theory]
    [InlineData("Image Message", "image", null)]
    [InlineData("Button Message", "button", "Unsubscribe")]
    [InlineData("Interactive Button Reply Message", "interactive", "Cancel")]
    [InlineData("Interactive List Reply Message", "interactive", "Priority Mail Express")]
    public void Parse_MetasOwnExample_KeepsKindTextAndRawJson(string example, string kind, string? text)
    {
        var value = ContractFiles.WhatsAppDocument.GetProperty("paths").GetProperty("/whatsapp/webhooks").GetProperty("post")
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("examples")
            .GetProperty(example).GetProperty("value");
        var sent = value.GetProperty("entry")[0].GetProperty("changes")[0].GetProperty("value").GetProperty("messages")[0];

        var message = Assert.Single(Parse(value.GetRawText()).Messages);

        Assert.Equal((kind, text, "Sheena Nelson", "+16505551234"), (message.Kind, message.Text, message.ContactName, message.From));
        Assert.True(JsonElement.DeepEquals(sent, JsonDocument.Parse(message.Raw!).RootElement));
    }

    [Fact]
    public void Parse_UnknownStatusDeleted_IsIgnored()
    {
        var middle = SentMiddle.Replace("\"sent\"", "\"deleted\"", StringComparison.Ordinal);

        Assert.True(WhatsAppParser.Parse("la-fonda", PhoneNumberId, Bytes(Body(middle))).IsEmpty);
    }

    [Theory]
    [InlineData("123", 123L)]
    [InlineData("9007199254740993", 9007199254740993L)]
    [InlineData("order-7", null)]
    [InlineData("-5", null)]
    [InlineData(" 12", null)]
    public void Parse_BizOpaqueCallbackData_IsOurIdOnlyWhenNumeric(string data, long? expected)
    {
        var middle = ReadMiddle.Replace("\"recipient_id\"", $"\"biz_opaque_callback_data\":\"{data}\",\"recipient_id\"", StringComparison.Ordinal);

        Assert.Equal(expected, Assert.Single(WhatsAppParser.Parse("la-fonda", PhoneNumberId, Bytes(Body(middle))).Statuses).OurMessageId);
    }
}
