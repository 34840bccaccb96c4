using Tendero.Channels;
using Tendero.Channels.WhatsApp;
using static Tendero.Tests.Channels.WhatsApp.WhatsAppVectors;

namespace Tendero.Tests.Channels.WhatsApp;

/// <summary>A signed body we cannot understand is refused with the field named, never half-stored or crashed on.</summary>
public sealed class WhatsAppParserHostileTests
{
    private static string Rejects(string body) =>
        Assert.Throws<WebhookFormatException>(() => WhatsAppParser.Parse("la-fonda", PhoneNumberId, Bytes(body))).Message;

    private static string Message(string replace, string with) =>
        Body(TextMiddle.Replace(replace, with, StringComparison.Ordinal));

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"object\":")]
    public void Parse_NotJson_SaysSo(string body) => Assert.StartsWith("The body is not JSON", Rejects(body));

    [Theory]
    [InlineData("""{"object":"page","entry":[]}""")]
    [InlineData("""{"entry":[]}""")]
    [InlineData("""[{"object":"whatsapp_business_account"}]""")]
    [InlineData("\"whatsapp_business_account\"")]
    public void Parse_WrongObject_NamesTheObjectField(string body) =>
        Assert.Contains("\"object\": \"whatsapp_business_account\"", Rejects(body));

    [Theory]
    [InlineData("""{"object":"whatsapp_business_account"}""")]
    [InlineData("""{"object":"whatsapp_business_account","entry":{}}""")]
    public void Parse_MissingEntry_NamesIt(string body) => Assert.Equal("entry must be an array.", Rejects(body));

    [Fact]
    public void Parse_EntryWithoutChanges_NamesIt() =>
        Assert.Equal("entry[].changes must be an array.", Rejects("""{"object":"whatsapp_business_account","entry":[{"id":"1"}]}"""));

    // JsonElement.TryGetProperty throws InvalidOperationException on a non-object, and Array(entry, "changes", …) calls it
    // on each entry unchecked: the webhook answers 500 (Meta retries for 7 days) instead of 400.
    [Theory]
    [InlineData("""{"object":"whatsapp_business_account","entry":[1]}""")]
    [InlineData("""{"object":"whatsapp_business_account","entry":["x"]}""")]
    public void Parse_EntryNotAnObject_NamesTheEntry(string body) => Assert.Contains("entry", Rejects(body));

    [Theory]
    [InlineData("\"from\":\"50761234567\",", "messages[].from")]
    [InlineData("\"id\":\"wamid.HBgLNTA3NjEyMzQ1NjcVAgASGBQzQUE1MEY3QjdBQzQ1RTEyMzQ1NgA=\",", "messages[].id")]
    [InlineData("\"type\":\"text\",", "messages[].type")]
    public void Parse_MessageWithoutRequiredField_NamesIt(string field, string name) =>
        Assert.Equal($"{name} is missing or not a string.", Rejects(Message(field, "")));

    [Fact]
    public void Parse_FromNotAString_NamesIt() =>
        Assert.Equal("messages[].from is missing or not a string.", Rejects(Message("\"from\":\"50761234567\"", "\"from\":50761234567")));

    [Fact]
    public void Parse_TextWithoutBody_NamesIt() =>
        Assert.Equal("messages[].text.body is missing on a text message.", Rejects(Message("\"body\":", "\"bodyy\":")));

    [Theory]
    [InlineData("17500000x0")]
    [InlineData("-1750000000")]
    [InlineData("2025-06-15T12:00:00Z")]
    [InlineData("")]
    [InlineData("99999999999999999")]
    public void Parse_TimestampNotEpochSeconds_NamesFieldAndValue(string timestamp) =>
        Assert.Equal($"messages[].timestamp must be epoch seconds, not '{timestamp}'.",
            Rejects(Message("\"timestamp\":\"1750000000\"", $"\"timestamp\":\"{timestamp}\"")));

    [Fact]
    public void Parse_StatusTimestampMissing_NamesIt() =>
        Assert.Equal("statuses[].timestamp must be epoch seconds, not ''.",
            Rejects(Body(ReadMiddle.Replace("\"timestamp\":\"1750000300\",", "", StringComparison.Ordinal))));

    [Fact]
    public void Parse_StatusWithoutId_NamesIt() =>
        Assert.Equal("statuses[].id is missing or not a string.",
            Rejects(Body(ReadMiddle.Replace($"\"id\":\"{SentWamid}\",", "", StringComparison.Ordinal))));

    [Fact]
    public void Parse_MessageThatIsNotAnObject_NamesFrom() =>
        Assert.Equal("messages[].from is missing or not a string.", Rejects(Body("\"messages\":[42]")));
}
