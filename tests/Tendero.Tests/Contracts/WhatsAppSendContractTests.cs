using System.Text.Json.Nodes;

namespace Tendero.Tests.Contracts;

/// <summary>
/// Meta's send-message operation (POST /{Version}/{Phone-Number-ID}/messages): its body is
/// <c>Message</c>, a oneOf per type picked by the "type" discriminator, answered by
/// <c>MessageResponsePayload</c>. Samples from REFERENCE.md §1.1.
/// </summary>
public sealed class WhatsAppSendContractTests
{
    private const string SendPath = "/v23.0/106540352242922/messages";

    private const string TextSend = """
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"50761234567","type":"text",
         "text":{"preview_url":false,"body":"Hola"}}
        """;

    // REFERENCE.md §1.1 as written: no recipient_type and no language.policy.
    private const string ReferenceTemplateSend = """
        {"messaging_product":"whatsapp","to":"50761234567","type":"template","template":{"name":"order_update_v1",
         "language":{"code":"es"},"components":[{"type":"body","parameters":[{"type":"text","text":"Ana"},
         {"type":"text","text":"A12345"}]}]}}
        """;

    private static OpenApiContract WhatsApp => ContractFiles.WhatsApp;

    [Theory]
    [InlineData(SendPath)]
    [InlineData("https://graph.facebook.com/v23.0/106540352242922/messages")]
    public void FindTemplate_SendPathOrUrl_FindsMessagesOperation(string path) =>
        Assert.Equal("/{Version}/{Phone-Number-ID}/messages", WhatsApp.FindTemplate("POST", path));

    [Fact]
    public void ValidateRequest_TextSend_Passes() => Assert.Empty(Send(TextSend));

    [Fact]
    public void ValidateRequest_UnknownType_ListsTheTypes()
    {
        var errors = Send(TextSend.Replace("\"type\":\"text\"", "\"type\":\"foo\"", StringComparison.Ordinal));

        var error = Assert.Single(errors);
        Assert.StartsWith("body.type: 'foo' is not one of [text, audio, document", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateRequest_TextWithoutTextObject_ReportsIt()
    {
        var body = JsonNode.Parse(TextSend)!.AsObject();
        body.Remove("text");

        Assert.Equal(["body.text: required property missing"], Send(body.ToJsonString()));
    }

    [Fact]
    public void ValidateRequest_MisspeltTextField_ReportsUnknownProperty() =>
        Assert.Equal(["body.text.bodyy: unknown property"], Send(TextSend.Replace("\"body\"", "\"bodyy\"", StringComparison.Ordinal)));

    [Fact]
    public void ValidateRequest_TextWithoutBody_PassesAsTheSpecLeavesBodyOptional() =>
        Assert.Empty(Send("""{"messaging_product":"whatsapp","recipient_type":"individual","to":"1","type":"text","text":{}}"""));

    [Fact]
    public void ValidateRequest_ReferenceTemplateAsWritten_LacksRecipientTypeAndPolicy() =>
        Assert.Equal(
            ["body.recipient_type: required property missing", "body.template.language.policy: required property missing"],
            Send(ReferenceTemplateSend));

    [Fact]
    public void ValidateRequest_TemplateWithRecipientTypeAndPolicy_Passes() => Assert.Empty(Send(CompleteTemplate().ToJsonString()));

    [Fact]
    public void ValidateRequest_TemplateWithoutName_ReportsIt()
    {
        var body = CompleteTemplate();
        body["template"]!.AsObject().Remove("name");

        Assert.Equal(["body.template.name: required property missing"], Send(body.ToJsonString()));
    }

    [Fact]
    public void ValidateRequest_TemplateComponentOfUnknownType_ReportsIt()
    {
        var body = CompleteTemplate();
        body["template"]!["components"]![0]!["type"] = "footer";

        Assert.Equal(["body.template.components[0].type: 'footer' is not one of [header, body, button]"], Send(body.ToJsonString()));
    }

    [Fact]
    public void ValidateRequest_MarkAsRead_FailsAsTheOperationOnlyDescribesMessages() =>
        Assert.Equal(["body.type: required property missing"], Send("""{"messaging_product":"whatsapp","status":"read","message_id":"wamid.X"}"""));

    [Fact]
    public void ValidateSchema_MarkAsRead_PassesTheUnreferencedMarkMessageSchema() =>
        Assert.Empty(WhatsApp.ValidateSchema("MarkMessageRequestPayload", JsonNode.Parse("""{"messaging_product":"whatsapp","status":"read","message_id":"wamid.X"}""")));

    [Fact]
    public void ValidateResponse_AcceptedAnswer_Passes() =>
        Assert.Empty(WhatsApp.ValidateResponse("POST", SendPath, 200, JsonNode.Parse("""
            {"messaging_product":"whatsapp","contacts":[{"input":"50761234567","wa_id":"50761234567"}],"messages":[{"id":"wamid.X"}]}
            """)));

    [Fact]
    public void ValidateResponse_NumericMessageId_ReportsType() =>
        Assert.Equal(
            ["body.messages[0].id: expected string, got integer"],
            WhatsApp.ValidateResponse("POST", SendPath, 200, JsonNode.Parse("""{"messaging_product":"whatsapp","messages":[{"id":42}]}""")));

    [Fact]
    public void ValidateResponse_ErrorStatus_IsUndocumentedForSends() =>
        Assert.Equal(
            ["status 400 is not documented for POST /{Version}/{Phone-Number-ID}/messages (documented: [200])"],
            WhatsApp.ValidateResponse("POST", SendPath, 400, JsonNode.Parse("""{"error":{"message":"x","type":"OAuthException","code":100}}""")));

    private static IReadOnlyList<string> Send(string json) =>
        WhatsApp.ValidateRequest("POST", SendPath, "application/json", JsonNode.Parse(json), formBody: null);

    private static JsonObject CompleteTemplate()
    {
        var body = JsonNode.Parse(ReferenceTemplateSend)!.AsObject();
        body["recipient_type"] = "individual";
        body["template"]!["language"]!["policy"] = "deterministic";
        return body;
    }
}
