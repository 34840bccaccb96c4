namespace Tendero.IntegrationTests.Support;

/// <summary>Recorded webhook bodies (REFERENCE §13.2 vectors and the Telegram sample of §2).</summary>
public static class Payloads
{
    private const string Prefix =
        "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"changes\":[{\"value\":{\"messaging_product\":\"whatsapp\","
        + "\"metadata\":{\"display_phone_number\":\"15550783881\",\"phone_number_id\":\"106540352242922\"},";

    private const string Suffix = "},\"field\":\"messages\"}]}]}";

    public static string WhatsAppText(
        string id = "wamid.HBgLNTA3NjEyMzQ1NjcVAgASGBQzQUE1MEY3QjdBQzQ1RTEyMzQ1NgA=", string body = "Hola, mi pedido ya salio?", long timestamp = 1750000000) =>
        Prefix + "\"contacts\":[{\"profile\":{\"name\":\"Ana Perez\"},\"wa_id\":\"50761234567\"}],\"messages\":[{\"from\":\"50761234567\",\"id\":\""
        + id + "\",\"timestamp\":\"" + timestamp + "\",\"type\":\"text\",\"text\":{\"body\":\"" + body + "\"}}]" + Suffix;

    /// <summary>Vector 5: non-ASCII escaped as \uXXXX, as Meta sends it.</summary>
    public const string WhatsAppEscaped =
        Prefix + "\"contacts\":[{\"profile\":{\"name\":\"Ana P\\u00e9rez\"},\"wa_id\":\"50761234567\"}],\"messages\":[{\"from\":\"50761234567\","
        + "\"id\":\"wamid.HBgLNTA3NjEyMzQ1NjcVAgASGBQzQUI3OEM5RDBFMUYyMzQ1Njc4OQA=\",\"timestamp\":\"1750000500\",\"type\":\"text\","
        + "\"text\":{\"body\":\"\\u00bfEnv\\u00edan a Panam\\u00e1?\"}}]" + Suffix;

    public static string WhatsAppStatus(string wamid, string status, string? ourId = null) =>
        Prefix + "\"statuses\":[{\"id\":\"" + wamid + "\",\"status\":\"" + status + "\",\"timestamp\":\"1750000100\",\"recipient_id\":\"50761234567\""
        + (ourId is null ? "" : ",\"biz_opaque_callback_data\":\"" + ourId + "\"") + "}]" + Suffix;

    public static string TelegramText(long updateId = 123456789, int messageId = 42, string text = "Hola") =>
        "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + messageId + ","
        + "\"from\":{\"id\":111111111,\"is_bot\":false,\"first_name\":\"Ana\",\"last_name\":\"Perez\",\"username\":\"anaperez\",\"language_code\":\"es\"},"
        + "\"chat\":{\"id\":111111111,\"first_name\":\"Ana\",\"last_name\":\"Perez\",\"username\":\"anaperez\",\"type\":\"private\"},"
        + "\"date\":1750000000,\"text\":\"" + text + "\"}}";

    public static Dictionary<string, string> TwilioInbound(string sid = "SM0123456789abcdef0123456789abcdef", string body = "Hola") => new()
    {
        ["MessageSid"] = sid, ["SmsSid"] = sid, ["AccountSid"] = "AC00000000000000000000000000000000",
        ["From"] = "+50761234567", ["To"] = "+15005550006", ["Body"] = body, ["NumMedia"] = "0", ["NumSegments"] = "1",
        ["SmsStatus"] = "received", ["ApiVersion"] = "2010-04-01",
    };
}
