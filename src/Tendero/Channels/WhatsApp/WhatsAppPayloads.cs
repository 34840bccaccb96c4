using System.Text.Json.Serialization;

namespace Tendero.Channels.WhatsApp;

// Wire records for the Graph API send call
// (https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages, contracts/whatsapp/*.yaml).
// Webhooks are parsed with JsonDocument in WhatsAppParser, because every field there is hostile until checked.

// No biz_opaque_callback_data: Meta's contract (TextMessage, additionalProperties: false) does not allow it on a
// message send. Statuses find their row by the wamid instead; reports that beat our "sent" commit are kept and applied then.
internal sealed record WhatsAppTextSend(string MessagingProduct, string RecipientType, string To, string Type, WhatsAppText Text);

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
