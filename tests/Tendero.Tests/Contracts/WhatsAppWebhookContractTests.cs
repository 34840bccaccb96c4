using System.Text.Json.Nodes;

namespace Tendero.Tests.Contracts;

/// <summary>
/// Meta's webhook payloads (<c>WebhookPayload</c>, also the body of its pseudo-operation
/// POST /whatsapp/webhooks) and its Graph error envelope. Samples from REFERENCE.md §1.1 and §1.4.
/// </summary>
public sealed class WhatsAppWebhookContractTests
{
    private const string Inbound = """
        {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages","value":{
          "messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},
          "contacts":[{"profile":{"name":"Ana Perez"},"wa_id":"50761234567"}],
          "messages":[{"from":"50761234567","id":"wamid.HBgLNgA=","timestamp":"1750000000","type":"text","text":{"body":"Hola"}}]}}]}]}
        """;

    private const string Status = """
        {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages","value":{
          "messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},
          "statuses":[STATUS]}}]}]}
        """;

    private const string Sent = """
        {"id":"wamid.X","status":"sent","timestamp":"1750000100","recipient_id":"50761234567",
         "pricing":{"billable":true,"pricing_model":"PMP","type":"regular","category":"utility"}}
        """;

    private const string Failed = """
        {"id":"wamid.X","status":"failed","timestamp":"1750000100","recipient_id":"50761234567",
         "errors":[{"code":131047,"title":"Re-engagement message","message":"Re-engagement message","error_data":{"details":"…"},"href":"…"}]}
        """;

    private const string RateLimitError = """
        {"error":{"message":"(#130429) Rate limit hit","type":"OAuthException","code":130429,
          "error_data":{"messaging_product":"whatsapp","details":"Message failed to send because there were too many messages"},
          "error_subcode":2494055,"fbtrace_id":"Az8or2yhqkZfEZ-_4Qn_Bam"}}
        """;

    private const string MessagePath = "body.entry[0].changes[0].value.messages[0]";

    [Fact]
    public void ValidateSchema_InboundTextAsMetaWroteIt_FailsAgainstTheSendSchema()
    {
        var errors = ContractFiles.WhatsApp.ValidateSchema("WebhookPayload", JsonNode.Parse(Inbound));

        Assert.Contains($"{MessagePath}.to: required property missing", errors);
        Assert.Contains($"{MessagePath}.from: unknown property", errors);
    }

    [Fact]
    public void ValidateRequest_MetasOwnMessageExamples_PassWithInboundSchemas()
    {
        var examples = ContractFiles.WhatsAppDocument.GetProperty("paths").GetProperty("/whatsapp/webhooks").GetProperty("post")
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("examples");

        // Meta's group examples contradict its own Groups schema (string timestamps); Tendero sends to no groups.
        var messages = examples.EnumerateObject().Where(e => !e.Name.StartsWith("Group", StringComparison.Ordinal)).ToList();
        var failures = messages.SelectMany(e => ContractFiles.WhatsAppWebhooks
            .ValidateRequest("POST", "/whatsapp/webhooks", "application/json", JsonNode.Parse(e.Value.GetProperty("value").GetRawText()), null)
            .Select(error => $"{e.Name}: {error}"));

        Assert.Empty(failures);
        Assert.Equal(13, messages.Count); // text, reaction, image, location, contacts, button, order, system…
    }

    [Fact]
    public void ValidateSchema_InboundTextWithInboundSchemas_Passes() =>
        Assert.Empty(ContractFiles.WhatsAppWebhooks.ValidateSchema("WebhookPayload", JsonNode.Parse(Inbound)));

    [Fact]
    public void ValidateRequest_InboundTextPostedToWebhook_Passes() =>
        Assert.Empty(ContractFiles.WhatsAppWebhooks.ValidateRequest("POST", "/whatsapp/webhooks", "application/json", JsonNode.Parse(Inbound), null));

    [Fact]
    public void ValidateSchema_InboundTextWithoutSender_ReportsIt()
    {
        var errors = ContractFiles.WhatsAppWebhooks.ValidateSchema("WebhookPayload", JsonNode.Parse(Inbound.Replace(
            "\"from\":\"50761234567\",", "", StringComparison.Ordinal)));

        Assert.Contains($"{MessagePath}.from: required property missing", errors);
    }

    [Theory]
    [InlineData(Sent)]
    [InlineData(Failed)]
    public void ValidateSchema_Status_Passes(string status) =>
        Assert.Empty(ContractFiles.WhatsAppWebhooks.ValidateSchema("WebhookPayload", JsonNode.Parse(Status.Replace("STATUS", status, StringComparison.Ordinal))));

    [Fact]
    public void ValidateSchema_StatusOfUnknownKind_ListsTheKinds()
    {
        var body = Status.Replace("STATUS", Sent.Replace("\"sent\"", "\"seen\"", StringComparison.Ordinal), StringComparison.Ordinal);

        var errors = ContractFiles.WhatsAppWebhooks.ValidateSchema("WebhookPayload", JsonNode.Parse(body));

        Assert.Contains("body.entry[0].changes[0].value.statuses[0].status: 'seen' is not one of [sent, delivered, read, failed]", errors);
    }

    [Fact]
    public void ValidateSchema_RateLimitError_PassesGraphApiError() =>
        Assert.Empty(ContractFiles.WhatsApp.ValidateSchema("GraphAPIError", JsonNode.Parse(RateLimitError)));

    [Fact]
    public void ValidateSchema_ErrorWithTextCode_ReportsType() =>
        Assert.Equal(
            ["body.error.code: expected integer, got string"],
            ContractFiles.WhatsApp.ValidateSchema("GraphAPIError", JsonNode.Parse(RateLimitError.Replace("130429,", "\"130429\",", StringComparison.Ordinal))));
}
