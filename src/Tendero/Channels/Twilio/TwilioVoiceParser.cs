using System.Globalization;
using Microsoft.AspNetCore.Http;
using Tendero.Core;
using static Tendero.Channels.Twilio.TwilioParser;

namespace Tendero.Channels.Twilio;

/// <summary>
/// Turns the posts of a call we placed into inbound keypresses and status reports. Field names are Twilio's
/// (https://www.twilio.com/docs/voice/twiml#request-parameters, https://www.twilio.com/docs/voice/api/call-resource#statuscallback).
/// </summary>
public static class TwilioVoiceParser
{
    /// <summary>The key a person pressed during our Gather, stored as an inbound voice message of kind <c>keypress</c>.
    /// Its provider id is <c>{CallSid}:digits</c>: one keypress per call, so a retried webhook is stored once.
    /// No <c>Digits</c> (nothing pressed) gives an empty batch.</summary>
    public static InboundBatch ParseKeypress(string businessId, IFormCollection form, DateTimeOffset receivedAt)
    {
        var sid = Required(form, "CallSid");
        if (Optional(form, "Digits") is not { } digits)
        {
            return new InboundBatch(businessId, [], []);
        }
        // The person is the one we called (To); were the Gather ever in a call they placed, they would be From.
        var person = Required(form, Optional(form, "Direction") == "inbound" ? "From" : "To");
        var keypress = new InboundMessage(
            ChannelKind.Voice, $"{sid}:digits", Address.NormalizePhone(person), null, null, "keypress", digits, receivedAt, ToJson(form));
        return new InboundBatch(businessId, [keypress], []);
    }

    /// <summary>A call status callback, reported on the call SID we stored as the message's provider id. A call that is
    /// busy, not answered, failed or canceled fails with the CallStatus as its code: nobody heard it.</summary>
    public static InboundBatch ParseStatus(string businessId, IFormCollection form, DateTimeOffset receivedAt)
    {
        var sid = Required(form, "CallSid");
        var callStatus = Required(form, "CallStatus");
        MessageStatus? status = callStatus switch
        {
            "queued" or "initiated" or "ringing" => MessageStatus.Sent,
            "in-progress" or "completed" => MessageStatus.Delivered,
            "busy" or "no-answer" or "failed" or "canceled" => MessageStatus.Failed,
            _ => null, // a status Twilio adds later: nothing we know to do with it
        };
        if (status is null)
        {
            return new InboundBatch(businessId, [], []);
        }
        var failed = status == MessageStatus.Failed;
        var report = new StatusReport(ChannelKind.Voice, sid, status.Value, receivedAt,
            failed ? callStatus : null, failed ? Reason(callStatus, Optional(form, "ErrorCode")) : null, null);
        return new InboundBatch(businessId, [], [report]);
    }

    /// <summary>How long a completed call lasted (<c>CallDuration</c>, whole seconds), or null for any other report.</summary>
    public static int? CompletedSeconds(IFormCollection form) =>
        Optional(form, "CallStatus") == "completed" && Optional(form, "CallDuration") is { } raw
            ? int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                ? seconds
                : throw new WebhookFormatException($"CallDuration must be whole seconds, not '{raw}'.")
            : null;

    /// <summary>A sentence for a call that did not reach anyone.</summary>
    public static string Reason(string callStatus, string? errorCode)
    {
        var why = callStatus switch
        {
            "busy" => "The line was busy: the person did not take the call.",
            "no-answer" => "The call was not answered.",
            "canceled" => "The call was canceled before it was answered.",
            _ => "The call could not be connected: check the number with the person.",
        };
        return errorCode is null ? why : $"{why} (Twilio {errorCode}, https://www.twilio.com/docs/api/errors/{errorCode})";
    }
}
