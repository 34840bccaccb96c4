using System.Text.Json.Nodes;

namespace Tendero.Tests.Contracts;

/// <summary>Bot API calls and objects against api.json. Samples after REFERENCE.md §2.</summary>
public sealed class TelegramContractTests
{
    private const string SendWithKeyboard = """
        {"chat_id":111111111,"text":"¿Confirmas tu pedido?","reply_markup":{"inline_keyboard":[[
          {"text":"Sí","callback_data":"confirm:A12345"},{"text":"No","callback_data":"cancel:A12345"}]]}}
        """;

    private const string Message = """
        {"message_id":42,
         "from":{"id":111111111,"is_bot":false,"first_name":"Ana","last_name":"Perez","username":"anaperez","language_code":"es"},
         "chat":{"id":111111111,"first_name":"Ana","last_name":"Perez","username":"anaperez","type":"private"},"date":1750000000,"text":"Hola"}
        """;

    private static TelegramContract Telegram => ContractFiles.Telegram;

    [Fact]
    public void ValidateCall_SendMessageWithInlineKeyboard_Passes() => Assert.Empty(Call("sendMessage", SendWithKeyboard));

    [Fact]
    public void ValidateCall_SendMessageWithoutText_ReportsIt() =>
        Assert.Equal(["args.text: required field missing"], Call("sendMessage", """{"chat_id":111111111}"""));

    [Fact]
    public void ValidateCall_MisspeltField_ReportsUnknownField() =>
        Assert.Equal(["args.txt: unknown field"], Call("sendMessage", """{"chat_id":"@tendero","text":"Hola","txt":"Hola"}"""));

    [Fact]
    public void ValidateCall_ChatIdOfWrongType_NamesBothTypes() =>
        Assert.Equal(["args.chat_id: expected Integer or String, got boolean true"], Call("sendMessage", """{"chat_id":true,"text":"Hola"}"""));

    [Fact]
    public void ValidateCall_ButtonWithoutText_ReportsItInsideTheKeyboard()
    {
        var errors = Call("sendMessage", SendWithKeyboard.Replace("\"text\":\"No\",", "", StringComparison.Ordinal));

        Assert.Contains("args.reply_markup.inline_keyboard[0][1].text: required field missing", errors);
    }

    [Fact]
    public void ValidateCall_UnknownMethod_ReportsIt() => Assert.Equal(["sendMesage: unknown method"], Call("sendMesage", "{}"));

    [Theory]
    [InlineData("getUpdates", """{"offset":123456790,"limit":100,"timeout":30,"allowed_updates":["message","callback_query"]}""")]
    [InlineData("setWebhook", """{"url":"https://tendero.example/telegram","secret_token":"s3cr3t-T0ken","max_connections":40,"drop_pending_updates":true}""")]
    [InlineData("answerCallbackQuery", """{"callback_query_id":"4382bfdwdsb323b2d9","text":"Pedido confirmado"}""")]
    public void ValidateCall_CommonCall_Passes(string method, string args) => Assert.Empty(Call(method, args));

    [Fact]
    public void ValidateCall_FractionalLimit_ReportsInteger() =>
        Assert.Equal(["args.limit: expected Integer, got number 1.5"], Call("getUpdates", """{"limit":1.5}"""));

    [Fact]
    public void ValidateObject_UpdateWithMessage_Passes() =>
        Assert.Empty(Telegram.ValidateObject("Update", JsonNode.Parse($$$"""{"update_id":123456789,"message":{{{Message}}}}""")));

    [Fact]
    public void ValidateObject_MessageWithoutChat_ReportsIt()
    {
        var message = JsonNode.Parse(Message)!.AsObject();
        message.Remove("chat");

        Assert.Equal(["Message.chat: required field missing"], Telegram.ValidateObject("Message", message));
    }

    [Fact]
    public void ValidateObject_UpdateWithUnknownField_ReportsIt()
    {
        var update = new JsonObject { ["update_id"] = 1, ["message"] = JsonNode.Parse(Message) };
        update["message"]!["chat"]!["kind"] = 1;

        Assert.Equal(["Update.message.chat.kind: unknown field"], Telegram.ValidateObject("Update", update));
    }

    [Theory]
    [InlineData(Message)]
    [InlineData("""{"chat":{"id":111111111,"type":"private"},"message_id":42,"date":0}""")]
    public void ValidateObject_CallbackQueryOnAccessibleOrInaccessibleMessage_Passes(string message) =>
        Assert.Empty(Telegram.ValidateObject("Update", JsonNode.Parse($$$"""
            {"update_id":123456790,"callback_query":{"id":"4382bfdwdsb323b2d9","chat_instance":"-1234",
             "from":{"id":111111111,"is_bot":false,"first_name":"Ana"},"message":{{{message}}},"data":"confirm:A12345"}}
            """)));

    [Fact]
    public void ValidateObject_UnionMatchingNoSubtype_ShowsTheClosest()
    {
        var errors = Telegram.ValidateObject("MaybeInaccessibleMessage", JsonNode.Parse("""{"message_id":42,"date":1750000000}"""));

        Assert.Equal("MaybeInaccessibleMessage: matches none of Message, InaccessibleMessage; the closest fails with:", errors[0]);
        Assert.Contains("MaybeInaccessibleMessage.chat: required field missing", errors);
    }

    [Fact]
    public void ValidateResult_SendMessageAndSetWebhook_Pass()
    {
        Assert.Empty(Telegram.ValidateResult("sendMessage", JsonNode.Parse(Message)));
        Assert.Empty(Telegram.ValidateResult("setWebhook", JsonValue.Create(true)));
        Assert.Empty(Telegram.ValidateResult("getUpdates", JsonNode.Parse($$$"""[{"update_id":1,"message":{{{Message}}}}]""")));
    }

    private static IReadOnlyList<string> Call(string method, string args) =>
        Telegram.ValidateCall(method, JsonNode.Parse(args)!.AsObject());
}
