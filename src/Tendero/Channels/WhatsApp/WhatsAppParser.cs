using System.Globalization;
using System.Text.Json;
using Tendero.Core;

namespace Tendero.Channels.WhatsApp;

/// <summary>
/// Turns a WhatsApp webhook body into messages and status reports. A body may batch several entries and changes.
/// Every field is checked; a body we cannot understand throws <see cref="WebhookFormatException"/> with the reason.
/// Shapes: https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages
/// </summary>
public static class WhatsAppParser
{
    public static InboundBatch Parse(string businessId, string phoneNumberId, ReadOnlyMemory<byte> body)
    {
        using (var document = WebhookJson.Parse(body))
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Str(root, "object") != "whatsapp_business_account")
            {
                throw new WebhookFormatException("Expected an object with \"object\": \"whatsapp_business_account\".");
            }
            var messages = new List<InboundMessage>();
            var statuses = new List<StatusReport>();
            foreach (var entry in Array(root, "entry", "entry"))
            {
                foreach (var change in Array(entry, "changes", "entry[].changes"))
                {
                    if (Str(change, "field") != "messages" || !change.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Object)
                    {
                        continue; // account and template updates are not messages
                    }
                    var number = value.TryGetProperty("metadata", out var metadata) ? Str(metadata, "phone_number_id") : null;
                    if (number != phoneNumberId)
                    {
                        continue; // another number of the same WhatsApp account; not this business's
                    }
                    var names = ContactNames(value);
                    messages.AddRange(OptionalArray(value, "messages").Select(m => Message(m, names)));
                    statuses.AddRange(OptionalArray(value, "statuses").Select(Status).OfType<StatusReport>());
                }
            }
            return new InboundBatch(businessId, messages, statuses);
        }
    }

    private static InboundMessage Message(JsonElement m, Dictionary<string, string> names)
    {
        var from = Required(m, "from", "messages[].from");
        var type = Required(m, "type", "messages[].type");
        var text = type switch
        {
            "text" => m.TryGetProperty("text", out var t) ? Str(t, "body") : null,
            "button" => m.TryGetProperty("button", out var b) ? Str(b, "text") : null,
            "interactive" => InteractiveTitle(m),
            _ => null,
        };
        if (type == "text" && text is null)
        {
            throw new WebhookFormatException("messages[].text.body is missing on a text message.");
        }
        return new InboundMessage(
            ChannelKind.WhatsApp, Required(m, "id", "messages[].id"), Core.Address.NormalizePhone(from),
            names.GetValueOrDefault(from), null, type, text, Epoch(m, "messages[].timestamp"), m.GetRawText());
    }

    private static StatusReport? Status(JsonElement s)
    {
        var status = Required(s, "status", "statuses[].status") switch
        {
            "sent" => MessageStatus.Sent,
            "delivered" => MessageStatus.Delivered,
            "read" => MessageStatus.Read,
            "failed" => MessageStatus.Failed,
            _ => (MessageStatus?)null, // "deleted", "warning": nothing to apply
        };
        if (status is null)
        {
            return null;
        }
        string? code = null, reason = null;
        if (OptionalArray(s, "errors").FirstOrDefault() is { ValueKind: JsonValueKind.Object } error)
        {
            code = error.TryGetProperty("code", out var c) ? c.ToString() : null;
            var details = error.TryGetProperty("error_data", out var data) ? Str(data, "details") : null;
            reason = string.Join(": ", new[] { Str(error, "title"), details }.Where(x => !string.IsNullOrWhiteSpace(x)));
        }
        long? ours = long.TryParse(Str(s, "biz_opaque_callback_data"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        return new StatusReport(ChannelKind.WhatsApp, Required(s, "id", "statuses[].id"), status.Value,
            Epoch(s, "statuses[].timestamp"), code, reason, ours);
    }

    private static string? InteractiveTitle(JsonElement m)
    {
        if (!m.TryGetProperty("interactive", out var i) || i.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        foreach (var kind in new[] { "button_reply", "list_reply" })
        {
            if (i.TryGetProperty(kind, out var reply) && reply.ValueKind == JsonValueKind.Object)
            {
                return Str(reply, "title") ?? Str(reply, "id");
            }
        }
        return null;
    }

    private static Dictionary<string, string> ContactNames(JsonElement value)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var contact in OptionalArray(value, "contacts"))
        {
            if (Str(contact, "wa_id") is { } waId && contact.TryGetProperty("profile", out var p) && Str(p, "name") is { } name)
            {
                names[waId] = name;
            }
        }
        return names;
    }

    // WhatsApp sends epoch seconds as a string ("1750000000").
    private static DateTimeOffset Epoch(JsonElement e, string field)
    {
        var raw = e.TryGetProperty("timestamp", out var t) ? t.ToString() : null;
        return long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds < 100_000_000_000
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : throw new WebhookFormatException($"{field} must be epoch seconds, not '{raw}'.");
    }

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Required(JsonElement e, string name, string field) =>
        Str(e, name) is { Length: > 0 } value ? value : throw new WebhookFormatException($"{field} is missing or not a string.");

    private static JsonElement.ArrayEnumerator Array(JsonElement e, string name, string field) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray()
            : throw new WebhookFormatException($"{field} must be an array.");

    private static IEnumerable<JsonElement> OptionalArray(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];
}
