using System.Text.Json;
using Tendero.Channels;
using Tendero.Channels.Twilio;
using Tendero.Core;

namespace Tendero.Tests.Channels.Twilio;

public sealed class TwilioParserTests
{
    private const string Sm = "SM0123456789abcdef0123456789abcdef";
    private static readonly DateTimeOffset ReceivedAt = new(2026, 7, 1, 12, 0, 0, TimeSpan.Zero);

    internal static (string, string)[] InboundFields(string to = "+15005550006", string numMedia = "0") =>
    [
        ("ToCountry", "US"), ("SmsMessageSid", Sm), ("NumMedia", numMedia), ("SmsSid", Sm), ("SmsStatus", "received"),
        ("Body", "Hola, ¿abren hoy?"), ("To", to), ("NumSegments", "1"), ("MessageSid", Sm),
        ("AccountSid", "AC0123456789abcdef0123456789abcdef"), ("From", "+50761234567"), ("ApiVersion", "2010-04-01"),
    ];

    private static InboundBatch Inbound(params (string, string)[] fields) =>
        TwilioParser.ParseInbound("la-fonda", "+15005550006", TwilioSignatureTests.Form(fields), ReceivedAt);

    private static InboundBatch Status(params (string, string)[] fields) =>
        TwilioParser.ParseStatus("la-fonda", TwilioSignatureTests.Form(fields), ReceivedAt);

    [Fact]
    public void ParseInbound_Sms_ReturnsTheTextMessage()
    {
        var message = Assert.Single(Inbound(InboundFields()).Messages);

        Assert.Equal(ChannelKind.Sms, message.Channel);
        Assert.Equal(Sm, message.ProviderId);
        Assert.Equal("+50761234567", message.From);
        Assert.Equal("text", message.Kind);
        Assert.Equal("Hola, ¿abren hoy?", message.Text);
        Assert.Equal(ReceivedAt, message.SentAt);
        Assert.Null(message.ContactName);
        using var raw = JsonDocument.Parse(message.Raw!);
        Assert.Equal("received", raw.RootElement.GetProperty("SmsStatus").GetString());
        Assert.Equal("Hola, ¿abren hoy?", raw.RootElement.GetProperty("Body").GetString());
    }

    [Fact]
    public void ParseInbound_WithMedia_IsKindMedia()
    {
        var fields = InboundFields(numMedia: "1").Append(("MediaUrl0", "https://api.twilio.com/2010-04-01/Accounts/AC/Messages/SM/Media/ME1")).ToArray();

        var message = Assert.Single(Inbound(fields).Messages);

        Assert.Equal("media", message.Kind);
        Assert.Contains("MediaUrl0", message.Raw);
    }

    [Fact]
    public void ParseInbound_ToAnotherNumber_Throws() =>
        Assert.Equal("To is not this business's number.",
            Assert.Throws<WebhookFormatException>(() => Inbound(InboundFields(to: "+15005550001"))).Message);

    [Theory]
    [InlineData("MessageSid")]
    [InlineData("From")]
    [InlineData("To")]
    public void ParseInbound_WithoutARequiredField_Throws(string missing) =>
        Assert.Throws<WebhookFormatException>(() => Inbound(InboundFields().Where(f => f.Item1 != missing).ToArray()));

    [Fact]
    public void ParseInbound_NumMediaNotANumber_Throws() =>
        Assert.Contains("NumMedia", Assert.Throws<WebhookFormatException>(() => Inbound(InboundFields(numMedia: "many"))).Message);

    [Theory]
    [InlineData("sent", MessageStatus.Sent)]
    [InlineData("delivered", MessageStatus.Delivered)]
    [InlineData("read", MessageStatus.Read)]
    public void ParseStatus_Progress_ReportsIt(string twilioStatus, MessageStatus expected)
    {
        var report = Assert.Single(Status(("MessageSid", Sm), ("MessageStatus", twilioStatus)).Statuses);

        Assert.Equal(new StatusReport(ChannelKind.Sms, Sm, expected, ReceivedAt, null, null, null), report);
    }

    [Theory]
    [InlineData("undelivered", "30003", "unreachable")]
    [InlineData("failed", "30005", "unknown")]
    [InlineData("undelivered", "30006", "landline")]
    [InlineData("undelivered", "30007", "filtered")]
    [InlineData("failed", "30008", "unknown delivery error")]
    [InlineData("failed", "30034", "Twilio error 30034")]
    public void ParseStatus_Failure_ReportsTheCodeAndAReadableReason(string twilioStatus, string code, string reasonContains)
    {
        var report = Assert.Single(Status(("MessageSid", Sm), ("MessageStatus", twilioStatus), ("ErrorCode", code)).Statuses);

        Assert.Equal(MessageStatus.Failed, report.Status);
        Assert.Equal(code, report.ErrorCode);
        Assert.Contains(reasonContains, report.ErrorReason);
    }

    [Theory]
    [InlineData("queued")]
    [InlineData("sending")]
    [InlineData("accepted")]
    [InlineData("scheduled")]
    public void ParseStatus_NothingNew_ReturnsAnEmptyBatch(string twilioStatus) =>
        Assert.True(Status(("MessageSid", Sm), ("MessageStatus", twilioStatus)).IsEmpty);

    [Theory]
    [InlineData("MessageSid")]
    [InlineData("MessageStatus")]
    public void ParseStatus_WithoutARequiredField_Throws(string missing)
    {
        var fields = new[] { ("MessageSid", Sm), ("MessageStatus", "delivered") }.Where(f => f.Item1 != missing).ToArray();

        Assert.Contains(missing, Assert.Throws<WebhookFormatException>(() => Status(fields)).Message);
    }
}
