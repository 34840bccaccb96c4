using System.Text.Json.Serialization;

namespace Tendero.Channels.WhatsApp;

// Wire records for the Graph API send call
// (https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages, contracts/whatsapp/*.yaml).
// Webhooks are parsed with JsonDocument in WhatsAppParser, because every field there is hostile until checked.

internal sealed record WhatsAppTextSend(
    string MessagingProduct,
    string RecipientType,
    string To,
    string Type,
    WhatsAppText Text,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? BizOpaqueCallbackData);

internal sealed record WhatsAppText(bool PreviewUrl, string Body);

internal sealed record WhatsAppSendAnswer(List<WhatsAppSentMessage>? Messages);

internal sealed record WhatsAppSentMessage(string? Id);

internal sealed record WhatsAppErrorAnswer(WhatsAppError? Error);

internal sealed record WhatsAppError(string? Message, string? Type, int Code, WhatsAppErrorData? ErrorData, string? FbtraceId);

internal sealed record WhatsAppErrorData(string? Details);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(WhatsAppTextSend))]
[JsonSerializable(typeof(WhatsAppSendAnswer))]
[JsonSerializable(typeof(WhatsAppErrorAnswer))]
internal sealed partial class WhatsAppJson : JsonSerializerContext;
