using System.Text;
using Tendero.Channels;
using Tendero.Channels.Telegram;
using Tendero.Core;

namespace Tendero.Tests.Channels.Telegram;

public sealed class TelegramParserTests
{
    private static readonly DateTimeOffset ReceivedAt = new(2026, 7, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The update of REFERENCE.md §2, as Telegram sends it.</summary>
    internal const string ReferenceUpdate = """
        {"update_id":123456789,"message":{"message_id":42,
          "from":{"id":111111111,"is_bot":false,"first_name":"Ana","last_name":"Perez","username":"anaperez","language_code":"es"},
          "chat":{"id":111111111,"first_name":"Ana","last_name":"Perez","username":"anaperez","type":"private"},"date":1750000000,"text":"Hola"}}
        """;

    private static InboundBatch Parse(string json) => TelegramParser.Parse("la-fonda", Encoding.UTF8.GetBytes(json), ReceivedAt);

    [Fact]
    public void Parse_ReferenceUpdate_ReturnsTheTextMessage()
    {
        var batch = Parse(ReferenceUpdate);

        var message = Assert.Single(batch.Messages);
        Assert.Equal("la-fonda", batch.BusinessId);
        Assert.Empty(batch.Statuses);
        Assert.Equal(ChannelKind.Telegram, message.Channel);
        Assert.Equal("111111111:42", message.ProviderId);
        Assert.Equal("111111111", message.From);
        Assert.Equal("Ana Perez", message.ContactName);
        Assert.Equal("es", message.Language);
        Assert.Equal("text", message.Kind);
        Assert.Equal("Hola", message.Text);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1750000000), message.SentAt);
        Assert.StartsWith("""{"message_id":42""", message.Raw);
    }

    [Fact]
    public void Parse_CallbackQuery_ReturnsTheButtonData()
    {
        var batch = Parse("""
            {"update_id":123456790,"callback_query":{"id":"4382bfdwdsb323b2d9","chat_instance":"-8010567891",
              "from":{"id":111111111,"is_bot":false,"first_name":"Ana","language_code":"en-US"},
              "message":{"message_id":43,"date":1750000100,"chat":{"id":111111111,"type":"private"},"text":"¿Confirmas?"},
              "data":"confirm:1001"}}
            """);

        var message = Assert.Single(batch.Messages);
        Assert.Equal("callback:4382bfdwdsb323b2d9", message.ProviderId);
        Assert.Equal("111111111", message.From);
        Assert.Equal("callback", message.Kind);
        Assert.Equal("confirm:1001", message.Text);
        Assert.Equal("Ana", message.ContactName);
        Assert.Equal("en", message.Language);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1750000100), message.SentAt);
    }

    [Fact]
    public void Parse_CallbackOnInaccessibleMessage_UsesTheArrivalTime()
    {
        // Messages older than 48 hours come back as InaccessibleMessage, whose date is always 0.
        var batch = Parse("""
            {"update_id":5,"callback_query":{"id":"77","chat_instance":"1","from":{"id":222,"is_bot":false,"first_name":"Luis"},
              "message":{"message_id":9,"date":0,"chat":{"id":-100222,"type":"supergroup","title":"Pedidos"}},"data":"x"}}
            """);

        var message = Assert.Single(batch.Messages);
        Assert.Equal("-100222", message.From);
        Assert.Equal(ReceivedAt, message.SentAt);
    }

    [Fact]
    public void Parse_CallbackWithoutMessage_AnswersTheSender()
    {
        var batch = Parse("""{"update_id":6,"callback_query":{"id":"78","chat_instance":"1","from":{"id":333,"is_bot":false,"first_name":"Eva"},"data":"y"}}""");

        var message = Assert.Single(batch.Messages);
        Assert.Equal("333", message.From);
        Assert.Equal(ReceivedAt, message.SentAt);
    }

    [Fact]
    public void Parse_ChatIdBeyond53Bits_KeepsEveryDigit()
    {
        // 2^53 + 1 cannot survive a trip through a double.
        var batch = Parse("""{"update_id":7,"message":{"message_id":1,"date":1750000000,"chat":{"id":-9007199254740993,"type":"supergroup","title":"Grupo"},"text":"hola"}}""");

        var message = Assert.Single(batch.Messages);
        Assert.Equal("-9007199254740993", message.From);
        Assert.Equal("-9007199254740993:1", message.ProviderId);
        Assert.Equal("Grupo", message.ContactName);
    }

    [Fact]
    public void Parse_MessageWithoutChat_ThrowsNamingTheField()
    {
        var error = Assert.Throws<WebhookFormatException>(() => Parse("""{"update_id":8,"message":{"message_id":1,"date":1750000000,"text":"hola"}}"""));

        Assert.Contains("message.chat", error.Message);
    }

    [Theory]
    [InlineData("""{"message":{"message_id":1,"date":1750000000,"chat":{"id":1,"type":"private"}}}""", "update_id")]
    [InlineData("""{"update_id":"9","message":{}}""", "update_id")]
    [InlineData("""{"update_id":9,"message":{"date":1750000000,"chat":{"id":1,"type":"private"}}}""", "message.message_id")]
    [InlineData("""{"update_id":9,"message":{"message_id":1,"chat":{"id":1,"type":"private"}}}""", "message.date")]
    [InlineData("""{"update_id":9,"message":{"message_id":1,"date":1750000000,"chat":{"id":1.5,"type":"private"}}}""", "message.chat.id")]
    [InlineData("""{"update_id":9,"callback_query":{"from":{"id":1}}}""", "callback_query.id")]
    [InlineData("""[1,2]""", "Update")]
    [InlineData("""{"update_id":""", "JSON")]
    public void Parse_HostileInput_ThrowsNamingTheProblem(string json, string named)
    {
        var error = Assert.Throws<WebhookFormatException>(() => Parse(json));

        Assert.Contains(named, error.Message);
    }

    [Fact]
    public void Parse_MyChatMember_ReturnsAnEmptyBatch()
    {
        var batch = Parse("""
            {"update_id":10,"my_chat_member":{"chat":{"id":111111111,"type":"private"},"from":{"id":111111111,"is_bot":false,"first_name":"Ana"},
              "date":1750000200,"old_chat_member":{"status":"member","user":{"id":1,"is_bot":true,"first_name":"Bot"}},
              "new_chat_member":{"status":"kicked","user":{"id":1,"is_bot":true,"first_name":"Bot"},"until_date":0}}}
            """);

        Assert.True(batch.IsEmpty);
    }

    [Fact]
    public void Parse_PhotoWithCaption_KindIsPhotoAndTextIsTheCaption()
    {
        var batch = Parse("""
            {"update_id":11,"message":{"message_id":44,"date":1750000000,"chat":{"id":111,"type":"private"},
              "photo":[{"file_id":"a","file_unique_id":"b","width":90,"height":90}],"caption":"mi pedido"}}
            """);

        var message = Assert.Single(batch.Messages);
        Assert.Equal("photo", message.Kind);
        Assert.Equal("mi pedido", message.Text);
    }

    [Fact]
    public void Parse_Animation_IsNotMistakenForTheDocumentTelegramAlsoSends()
    {
        var batch = Parse("""
            {"update_id":12,"message":{"message_id":45,"date":1750000000,"chat":{"id":111,"type":"private"},
              "animation":{"file_id":"a","file_unique_id":"b","width":1,"height":1,"duration":1},"document":{"file_id":"a","file_unique_id":"b"}}}
            """);

        Assert.Equal("animation", Assert.Single(batch.Messages).Kind);
    }

    [Fact]
    public void Parse_EditedMessage_IsKindEditedWithItsOwnId()
    {
        var batch = Parse("""
            {"update_id":13,"edited_message":{"message_id":42,"date":1750000000,"edit_date":1750000060,
              "chat":{"id":111111111,"type":"private"},"from":{"id":111111111,"is_bot":false,"first_name":"Ana","language_code":"pt-br"},"text":"Hola!"}}
            """);

        var message = Assert.Single(batch.Messages);
        Assert.Equal("edited", message.Kind);
        Assert.Equal("Hola!", message.Text);
        Assert.Equal("111111111:42:edit:1750000060", message.ProviderId);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1750000060), message.SentAt);
        Assert.Null(message.Language);
    }
}
