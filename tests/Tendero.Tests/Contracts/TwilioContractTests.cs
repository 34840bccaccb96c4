using System.Text.Json.Nodes;

namespace Tendero.Tests.Contracts;

/// <summary>
/// Twilio's Messages.json and Calls.json create operations: form-encoded requests answered by a 201
/// resource whose fields are all nullable and none required. Samples after REFERENCE.md §3.
/// </summary>
public sealed class TwilioContractTests
{
    private const string Account = "AC0123456789abcdef0123456789abcdef";
    private const string MessagesPath = $"/2010-04-01/Accounts/{Account}/Messages.json";
    private const string CallsPath = $"/2010-04-01/Accounts/{Account}/Calls.json";

    private const string QueuedMessage = $$"""
        {"account_sid":"{{Account}}","api_version":"2010-04-01","body":"Hola Ana","date_created":"Thu, 24 Aug 2023 05:01:45 +0000",
         "date_sent":null,"date_updated":"Thu, 24 Aug 2023 05:01:45 +0000","direction":"outbound-api","error_code":null,
         "error_message":null,"from":"+15005550006","messaging_service_sid":null,"num_media":"0","num_segments":"1","price":null,
         "price_unit":"USD","sid":"SM0123456789abcdef0123456789abcdef","status":"queued",
         "subresource_uris":{"media":"/2010-04-01/Accounts/{{Account}}/Messages/SM0123456789abcdef0123456789abcdef/Media.json"},
         "to":"+50761234567","uri":"/2010-04-01/Accounts/{{Account}}/Messages/SM0123456789abcdef0123456789abcdef.json"}
        """;

    private static OpenApiContract Twilio => ContractFiles.Twilio;

    private static Dictionary<string, string> SmsForm() => new()
    {
        ["To"] = "+50761234567",
        ["From"] = "+15005550006",
        ["Body"] = "Hola Ana",
        ["StatusCallback"] = "https://tendero.example/twilio/status",
    };

    [Fact]
    public void FindTemplate_MessagesPath_FindsMessagesOperation() =>
        Assert.Equal("/2010-04-01/Accounts/{AccountSid}/Messages.json", Twilio.FindTemplate("POST", MessagesPath));

    [Fact]
    public void ValidateRequest_SmsForm_Passes() => Assert.Empty(SendMessage(SmsForm()));

    [Fact]
    public void ValidateRequest_UnknownParameter_ReportsIt()
    {
        var form = SmsForm();
        form["Foo"] = "bar";

        Assert.Equal(["form.Foo: unknown parameter"], SendMessage(form));
    }

    [Fact]
    public void ValidateRequest_WithoutTo_ReportsIt()
    {
        var form = SmsForm();
        form.Remove("To");

        Assert.Equal(["form.To: required parameter missing"], SendMessage(form));
    }

    [Fact]
    public void ValidateRequest_TextForIntegerParameter_ReportsIt()
    {
        var form = SmsForm();
        form["ValidityPeriod"] = "ten hours";

        Assert.Equal(["form.ValidityPeriod: 'ten hours' is not a valid integer"], SendMessage(form));
    }

    [Fact]
    public void ValidateRequest_JsonBody_IsNotAcceptedForMessages() =>
        Assert.Equal(
            ["body: content type 'application/json' is not one of [application/x-www-form-urlencoded]"],
            Twilio.ValidateRequest("POST", MessagesPath, "application/json", JsonNode.Parse("""{"To":"+1"}"""), null));

    [Fact]
    public void ValidateResponse_QueuedMessage_Passes() =>
        Assert.Empty(Twilio.ValidateResponse("POST", MessagesPath, 201, JsonNode.Parse(QueuedMessage)));

    [Fact]
    public void ValidateResponse_UnknownStatus_ListsTheStatuses()
    {
        var body = QueuedMessage.Replace("\"queued\"", "\"pending\"", StringComparison.Ordinal);

        var error = Assert.Single(Twilio.ValidateResponse("POST", MessagesPath, 201, JsonNode.Parse(body)));
        Assert.StartsWith("body.status: 'pending' is not one of [queued, sending, sent, failed, delivered", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateResponse_MadeUpSid_ReportsPattern()
    {
        var body = QueuedMessage.Replace("\"sid\":\"SM0123456789abcdef0123456789abcdef\"", "\"sid\":\"SM-42\"", StringComparison.Ordinal);

        Assert.Equal(
            ["body.sid: length 5 is under minLength 34", "body.sid: 'SM-42' does not match pattern ^(SM|MM)[0-9a-fA-F]{32}$"],
            Twilio.ValidateResponse("POST", MessagesPath, 201, JsonNode.Parse(body)));
    }

    [Fact]
    public void ValidateResponse_ErrorStatus_IsUndocumented() =>
        Assert.Equal(
            ["status 400 is not documented for POST /2010-04-01/Accounts/{AccountSid}/Messages.json (documented: [201])"],
            Twilio.ValidateResponse("POST", MessagesPath, 400, JsonNode.Parse("""{"code":21211,"message":"Invalid 'To' Phone Number"}""")));

    [Fact]
    public void ValidateRequest_CallWithInlineTwiml_Passes() =>
        Assert.Empty(Twilio.ValidateRequest("POST", CallsPath, "application/x-www-form-urlencoded", null, new Dictionary<string, string>
        {
            ["To"] = "+50761234567",
            ["From"] = "+15005550006",
            ["Twiml"] = "<Response><Say language=\"es-MX\">Hola</Say></Response>",
            ["StatusCallbackEvent"] = "completed",
            ["Timeout"] = "30",
        }));

    [Fact]
    public void ValidateResponse_QueuedCall_Passes() =>
        Assert.Empty(Twilio.ValidateResponse("POST", CallsPath, 201, JsonNode.Parse($$"""
            {"account_sid":"{{Account}}","sid":"CA0123456789abcdef0123456789abcdef","status":"queued","direction":"outbound-api",
             "from":"+15005550006","to":"+50761234567","price":null,"price_unit":"USD","api_version":"2010-04-01",
             "uri":"/2010-04-01/Accounts/{{Account}}/Calls/CA0123456789abcdef0123456789abcdef.json"}
            """)));

    private static IReadOnlyList<string> SendMessage(Dictionary<string, string> form) =>
        Twilio.ValidateRequest("POST", MessagesPath, "application/x-www-form-urlencoded", jsonBody: null, form);
}
