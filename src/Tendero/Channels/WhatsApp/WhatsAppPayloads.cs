using System.Text.Json.Serialization;

namespace Tendero.Channels.WhatsApp;

// Wire records for the Graph API send call
// (https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages, contracts/whatsapp/*.yaml).
// Webhooks are parsed with JsonDocument in WhatsAppParser, because every field there is hostile until checked.

// No biz_opaque_callback_data: Meta's contract (TextMessage, additionalProperties: false) does not allow it on a
// message send. Statuses find their row by the wamid instead; reports that beat our "sent" commit are kept and applied then.
internal sealed record WhatsAppTextSend(string MessagingProduct, string RecipientType, string To, string Type, WhatsAppText Text);

internal sealed record WhatsAppText(bool PreviewUrl, string Body);

// A template send (contract schemas TemplateMessage, TemplateObject, LanguageObject, BodyComponent). The contract makes
// language.policy required and "deterministic" its only value, so we always send it.
internal sealed record WhatsAppTemplateSend(string MessagingProduct, string RecipientType, string To, string Type, WhatsAppTemplateObject Template);

// Components are left out when there is nothing to fill: a template without {{1}} takes no body component.
internal sealed record WhatsAppTemplateObject(
    string Name,
    WhatsAppLanguageObject Language,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] List<WhatsAppTemplateComponent>? Components);

internal sealed record WhatsAppLanguageObject(string Policy, string Code);

// A body component ({"type":"body","parameters":[{"type":"text","text":…}]}) or a quick-reply button
// ({"type":"button","sub_type":"quick_reply","index":"0","parameters":[{"type":"payload","payload":…}]}): contract
// schemas BodyComponent, ButtonComponent and ButtonPayloadParameter. Fields a component does not use are left out.
internal sealed record WhatsAppTemplateComponent(
    string Type,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SubType,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Index,
    List<WhatsAppTextParameter> Parameters)
{
    public static WhatsAppTemplateComponent Body(IEnumerable<string> texts) =>
        new("body", null, null, [.. texts.Select(t => new WhatsAppTextParameter("text", t, null))]);

    public static WhatsAppTemplateComponent QuickReply(int index, string payload) =>
        new("button", "quick_reply", index.ToString(System.Globalization.CultureInfo.InvariantCulture), [new WhatsAppTextParameter("payload", null, payload)]);
}

internal sealed record WhatsAppTextParameter(
    string Type,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Text,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Payload);

internal sealed record WhatsAppSendAnswer(List<WhatsAppSentMessage>? Messages);

internal sealed record WhatsAppSentMessage(string? Id);

internal sealed record WhatsAppErrorAnswer(WhatsAppError? Error);

internal sealed record WhatsAppError(string? Message, string? Type, int Code, WhatsAppErrorData? ErrorData, string? FbtraceId);

internal sealed record WhatsAppErrorData(string? Details);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(WhatsAppTextSend))]
[JsonSerializable(typeof(WhatsAppTemplateSend))]
[JsonSerializable(typeof(WhatsAppSendAnswer))]
[JsonSerializable(typeof(WhatsAppErrorAnswer))]
internal sealed partial class WhatsAppJson : JsonSerializerContext;
