using Tendero.Channels;
using Tendero.Channels.Twilio;
using Tendero.Core;

namespace Tendero.Tests.Channels.Twilio;

/// <summary>The Gather action and the call status callback, with the fields Twilio posts for an outbound-api call.</summary>
public sealed class TwilioVoiceParserTests
{
    private const string Ca = "CA0123456789abcdef0123456789abcdef";
    private static readonly DateTimeOffset ReceivedAt = new(2026, 7, 1, 12, 0, 0, TimeSpan.Zero);

    internal static (string, string)[] CallFields(params (string, string)[] extra) =>
    [
        ("CallSid", Ca), ("AccountSid", "AC0123456789abcdef0123456789abcdef"), ("From", "+15005550006"), ("To", "+50761234567"),
        ("Direction", "outbound-api"), ("ApiVersion", "2010-04-01"), .. extra,
    ];

    private static InboundBatch Keypress(params (string, string)[] fields) =>
        TwilioVoiceParser.ParseKeypress("la-fonda", TwilioSignatureTests.Form(fields), ReceivedAt);

    private static InboundBatch Status(params (string, string)[] fields) =>
        TwilioVoiceParser.ParseStatus("la-fonda", TwilioSignatureTests.Form(fields), ReceivedAt);

    [Fact]
    public void ParseKeypress_Digits_IsAKeypressFromTheCalleeKeyedByTheCall()
    {
        var message = Assert.Single(Keypress(CallFields(("Digits", "1"), ("CallStatus", "in-progress"))).Messages);

        Assert.Equal((ChannelKind.Voice, $"{Ca}:digits", "+50761234567", "keypress", "1"),
            (message.Channel, message.ProviderId, message.From, message.Kind, message.Text));
        Assert.Contains("\"Digits\":\"1\"", message.Raw, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseKeypress_NoDigits_IsEmpty() => Assert.True(Keypress(CallFields()).IsEmpty);

    [Fact]
    public void ParseKeypress_NoCallSid_IsMalformed() =>
        Assert.Throws<WebhookFormatException>(() => Keypress(("Digits", "1"), ("To", "+50761234567")));

    [Theory]
    [InlineData("queued", MessageStatus.Sent)]
    [InlineData("initiated", MessageStatus.Sent)]
    [InlineData("ringing", MessageStatus.Sent)]
    [InlineData("in-progress", MessageStatus.Delivered)]
    [InlineData("completed", MessageStatus.Delivered)]
    public void ParseStatus_CallProgress_MapsToOurStatusWithoutError(string callStatus, MessageStatus expected)
    {
        var report = Assert.Single(Status(CallFields(("CallStatus", callStatus))).Statuses);

        Assert.Equal((ChannelKind.Voice, Ca, expected, null, null), (report.Channel, report.ProviderId, report.Status, report.ErrorCode, report.ErrorReason));
    }

    [Theory]
    [InlineData("busy", "busy")]
    [InlineData("no-answer", "not answered")]
    [InlineData("failed", "could not be connected")]
    [InlineData("canceled", "canceled")]
    public void ParseStatus_NobodyHeardIt_FailsWithTheCallStatusAndAReason(string callStatus, string reason)
    {
        var report = Assert.Single(Status(CallFields(("CallStatus", callStatus))).Statuses);

        Assert.Equal((MessageStatus.Failed, callStatus), (report.Status, report.ErrorCode));
        Assert.Contains(reason, report.ErrorReason, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseStatus_UnknownCallStatus_IsEmpty() => Assert.True(Status(CallFields(("CallStatus", "teleported"))).IsEmpty);

    [Theory]
    [InlineData("completed", "61", 61)]
    [InlineData("in-progress", "61", null)]
    [InlineData("completed", null, null)]
    public void CompletedSeconds_OnlyACompletedCall_HasALength(string callStatus, string? duration, int? expected)
    {
        (string, string)[] fields = duration is null ? CallFields(("CallStatus", callStatus)) : CallFields(("CallStatus", callStatus), ("CallDuration", duration));

        Assert.Equal(expected, TwilioVoiceParser.CompletedSeconds(TwilioSignatureTests.Form(fields)));
    }

    [Fact]
    public void CompletedSeconds_NotANumber_IsMalformed() =>
        Assert.Throws<WebhookFormatException>(() => TwilioVoiceParser.CompletedSeconds(
            TwilioSignatureTests.Form(CallFields(("CallStatus", "completed"), ("CallDuration", "a minute")))));
}
