using System.Text.Json.Serialization;

namespace Tendero.Simulator;

/// <summary>The provider a journal entry belongs to. Twilio covers SMS and voice.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SimProvider>))]
public enum SimProvider
{
    [JsonStringEnumMemberName("whatsapp")] WhatsApp,
    [JsonStringEnumMemberName("telegram")] Telegram,
    [JsonStringEnumMemberName("twilio")] Twilio,
}
