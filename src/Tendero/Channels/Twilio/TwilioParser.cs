using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Tendero.Core;

namespace Tendero.Channels.Twilio;

/// <summary>
/// Turns Twilio's form posts into inbound messages and status reports. Field names are Twilio's
/// (https://www.twilio.com/docs/messaging/guides/webhook-request). Twilio sends no timestamp, so the caller passes
/// the time the request arrived. A form we cannot use throws <see cref="WebhookFormatException"/> naming the field.
/// </summary>
public static class TwilioParser
{
    /// <summary>An incoming SMS (or MMS) sent to <paramref name="ourNumber"/>.</summary>
    public static InboundBatch ParseInbound(string businessId, string ourNumber, IFormCollection form, DateTimeOffset receivedAt)
    {
        var sid = Required(form, "MessageSid");
        var from = Required(form, "From");
        if (Optional(form, "To") is not { } to || Address.NormalizePhone(to) != Address.NormalizePhone(ourNumber))
        {
            throw new WebhookFormatException("To is not this business's number.");
        }
        var numMedia = Optional(form, "NumMedia") is { } raw
            ? int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw new WebhookFormatException($"NumMedia must be a count, not '{raw}'.")
            : 0;
        var message = new InboundMessage(
            ChannelKind.Sms, sid, Address.NormalizePhone(from), Optional(form, "ProfileName"), null,
            numMedia > 0 ? "media" : "text", Optional(form, "Body"), receivedAt, ToJson(form));
        return new InboundBatch(businessId, [message], []);
    }

    /// <summary>A status callback for a message we sent; statuses that change nothing for us give an empty batch.</summary>
    public static InboundBatch ParseStatus(string businessId, IFormCollection form, DateTimeOffset receivedAt)
    {
        var sid = Required(form, "MessageSid");
        // https://www.twilio.com/docs/messaging/guides/outbound-message-status-in-status-callbacks
        MessageStatus? status = Required(form, "MessageStatus") switch
        {
            "sent" => MessageStatus.Sent,
            "delivered" => MessageStatus.Delivered,
            "read" => MessageStatus.Read,
            "undelivered" or "failed" => MessageStatus.Failed,
            _ => null, // queued, sending, accepted, scheduled: the ledger already knows we handed it over
        };
        if (status is null)
        {
            return new InboundBatch(businessId, [], []);
        }
        var code = status == MessageStatus.Failed ? Optional(form, "ErrorCode") : null;
        var reason = status != MessageStatus.Failed ? null : code is null ? "Twilio reported the message as failed without an error code." : Reason(code);
        return new InboundBatch(businessId, [], [new StatusReport(ChannelKind.Sms, sid, status.Value, receivedAt, code, reason, null)]);
    }

    /// <summary>A sentence for a delivery error code (https://www.twilio.com/docs/api/errors/&lt;code&gt;).</summary>
    public static string Reason(string errorCode) => errorCode switch
    {
        "30003" => "The phone is unreachable (switched off or out of coverage); the carrier gave up delivering. (Twilio 30003)",
        "30005" => "The number is unknown to the carrier or no longer exists: check it with the person. (Twilio 30005)",
        "30006" => "The number is a landline or cannot receive SMS: reach this person another way. (Twilio 30006)",
        "30007" => "The carrier filtered the message as spam or unregistered traffic. (Twilio 30007)",
        "30008" => "The carrier reported an unknown delivery error. (Twilio 30008)",
        _ => $"Twilio error {errorCode} (https://www.twilio.com/docs/api/errors/{errorCode}).",
    };

    internal static string? Optional(IFormCollection form, string name) =>
        form.TryGetValue(name, out var value) && value.ToString() is { Length: > 0 } text ? text : null;

    internal static string Required(IFormCollection form, string name) =>
        Optional(form, name) ?? throw new WebhookFormatException($"{name} is missing.");

    // The whole form, kept as the message's raw JSON so that media URLs, locations and new fields are not lost.
    internal static string ToJson(IFormCollection form)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var field in form)
            {
                json.WriteString(field.Key, field.Value.ToString());
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
