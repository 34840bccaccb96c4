using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tendero.Simulator.WhatsApp;

/// <summary>
/// A send-message body checked against the contract's <c>Message</c> schema (whatsapp/business-messaging-api_v23.0.yaml).
/// Only text and template are checked field by field; other types are kept as sent.
/// </summary>
internal sealed record WhatsAppSendRequest(string To, string WaId, string Type, string? Text, string? TemplateName, string? CallbackData)
{
    /// <summary>A template's quick-reply payloads, by button index (empty when it has none).</summary>
    public IReadOnlyList<string> ButtonPayloads { get; init; } = [];

    private const int MaxTextLength = 4096;
    private const int MaxCallbackDataLength = 512;

    private static readonly string[] Types =
        ["audio", "contacts", "document", "image", "interactive", "location", "reaction", "sticker", "template", "text", "video"];

    /// <summary>Null and an error sentence when the body breaks a rule; the sentence becomes <c>(#100) …</c>.</summary>
    public static WhatsAppSendRequest? Parse(JsonObject body, out string? error)
    {
        error = Check(body, out var request);
        return request;
    }

    private static string? Check(JsonObject body, out WhatsAppSendRequest? request)
    {
        request = null;
        var product = StringField(body, "messaging_product");
        if (product is null)
        {
            return "The parameter messaging_product is required.";
        }

        if (product != "whatsapp")
        {
            return $"Param messaging_product must be one of {{WHATSAPP}} - got \"{product}\".";
        }

        var recipientType = StringField(body, "recipient_type") ?? "individual";
        if (recipientType is not ("individual" or "group"))
        {
            return $"Param recipient_type must be one of {{INDIVIDUAL, GROUP}} - got \"{recipientType}\".";
        }

        var to = StringField(body, "to");
        if (string.IsNullOrWhiteSpace(to))
        {
            return "The parameter to is required.";
        }

        var waId = new string(to.Where(char.IsAsciiDigit).ToArray());
        if (waId.Length is < 6 or > 15)
        {
            return $"Param to must be a valid phone number - got \"{to}\".";
        }

        // Meta defaults a missing type to text.
        var type = StringField(body, "type") ?? "text";
        if (!Types.Contains(type))
        {
            return $"Param type must be one of {{{string.Join(", ", Types).ToUpperInvariant()}}} - got \"{type}\".";
        }

        var callbackData = StringField(body, "biz_opaque_callback_data");
        if (callbackData?.Length > MaxCallbackDataLength)
        {
            return $"Param biz_opaque_callback_data must be at most {MaxCallbackDataLength} characters long.";
        }

        if (body[type] is not JsonObject)
        {
            return $"The parameter {type} is required.";
        }

        string? text = null, templateName = null;
        IReadOnlyList<string> buttons = [];
        if (type == "text")
        {
            text = StringField(body["text"], "body");
            if (string.IsNullOrEmpty(text))
            {
                return "The parameter text['body'] is required.";
            }

            if (text.Length > MaxTextLength)
            {
                return $"Param text['body'] must be at most {MaxTextLength} characters long.";
            }
        }
        else if (type == "template")
        {
            templateName = StringField(body["template"], "name");
            if (string.IsNullOrEmpty(templateName))
            {
                return "The parameter template['name'] is required.";
            }

            if (string.IsNullOrEmpty(StringField(body["template"]?["language"], "code")))
            {
                return "The parameter template['language']['code'] is required.";
            }

            // The journal keeps a template's body parameters as its text, the nearest thing to what the person reads.
            text = BodyParameters(body["template"]);
            if (QuickReplies(body["template"], out buttons) is { } bad)
            {
                return bad;
            }
        }

        request = new WhatsAppSendRequest(to, waId, type, text, templateName, callbackData) { ButtonPayloads = buttons };
        return null;
    }

    private static string? BodyParameters(JsonNode? template)
    {
        if (template?["components"] is not JsonArray components)
        {
            return null;
        }
        var values = components.OfType<JsonObject>().Where(c => StringField(c, "type") == "body")
            .SelectMany(c => c["parameters"] as JsonArray ?? []).Select(p => StringField(p, "text")).OfType<string>().ToList();
        return values.Count == 0 ? null : string.Join(" ", values);
    }

    // Contract ButtonComponent: sub_type and index are required, and a quick reply carries one payload parameter.
    private static string? QuickReplies(JsonNode? template, out IReadOnlyList<string> payloads)
    {
        var found = new SortedDictionary<int, string>();
        payloads = [];
        var components = template?["components"] as JsonArray ?? [];
        foreach (var button in components.OfType<JsonObject>().Where(c => StringField(c, "type") == "button"))
        {
            var subType = StringField(button, "sub_type");
            if (subType is null)
            {
                return "The parameter template['components'][]['sub_type'] is required for a button.";
            }
            if (!int.TryParse(StringField(button, "index"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                || index > 9)
            {
                return "The parameter template['components'][]['index'] is required for a button: a string from \"0\" to \"9\".";
            }
            if (subType != "quick_reply")
            {
                continue;
            }
            var payload = (button["parameters"] as JsonArray ?? []).OfType<JsonObject>()
                .Where(p => StringField(p, "type") == "payload").Select(p => StringField(p, "payload")).FirstOrDefault();
            if (string.IsNullOrEmpty(payload))
            {
                return $"The quick_reply button {index} needs a parameter of type payload with its payload.";
            }
            if (!found.TryAdd(index, payload))
            {
                return $"Two buttons have index {index}.";
            }
        }
        payloads = [.. found.Values];
        return null;
    }

    /// <summary>A string property, or null when absent or not a string.</summary>
    public static string? StringField(JsonNode? node, string name) =>
        node is JsonObject o && o[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
