using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Tendero.Config;

namespace Tendero.Ai.Templates;

/// <summary>What the model is asked to fill a template with, and the JSON schema of its answer (every field required, for Groq's strict mode).</summary>
internal static class FillPrompt
{
    private const string Instructions =
        """
        You fill an approved WhatsApp template for an alert, and write the same alert as a short SMS.
        Answer with JSON only: {"parameters": ["...", ...], "sms": "..."}.
        - parameters: exactly one value per template parameter, in the order given; each names a field of the alert's
          data ("text" is the alert's text). Keep each value short, on one line, never empty.
        - sms: the alert in the recipient's language, within the character limit given, plain letters (no emoji).
        - Never state a number, amount, date or time that the alert's text or data does not state.
        """;

    public static ChatResponseFormat Format { get; } = ChatResponseFormat.ForJsonSchema(
        JsonDocument.Parse(
            """
            {"type":"object","additionalProperties":false,"required":["parameters","sms"],
             "properties":{"parameters":{"type":"array","items":{"type":"string"}},"sms":{"type":"string"}}}
            """).RootElement.Clone(),
        "TemplateFill", "A WhatsApp template's parameters and an SMS version of the alert.");

    public static List<ChatMessage> Messages(WhatsAppTemplate template, string text, IReadOnlyDictionary<string, string> data, SmsPolicy sms)
    {
        var request = new Dictionary<string, object>
        {
            ["template"] = template.Name,
            ["language"] = template.Language,
            ["parameters"] = template.Parameters,
            ["text"] = text,
            ["data"] = data,
            ["sms_max_characters"] = SmsCharacters(sms.MaxSegments),
        };
        return
        [
            new ChatMessage(ChatRole.System, Instructions),
            new ChatMessage(ChatRole.User, JsonSerializer.Serialize(request)),
        ];
    }

    // GSM-7 lengths: 160 in one segment, 153 a part when concatenated (REFERENCE §3.4).
    private static string SmsCharacters(int segments) => (segments == 1 ? 160 : 153 * segments).ToString(CultureInfo.InvariantCulture);
}
