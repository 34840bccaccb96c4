namespace Tendero.Config;

/// <summary>A business (tenant) as loaded from <c>businesses/&lt;id&gt;.yaml</c>, with its secrets resolved.</summary>
public sealed record BusinessConfig(
    string Id,
    string Name,
    TimeZoneInfo TimeZone,
    string Language,
    IReadOnlyDictionary<string, string> AutoReply,
    WhatsAppAccount? WhatsApp,
    TelegramAccount? Telegram,
    TwilioAccount? Twilio,
    string SourceFile);

/// <summary>A WhatsApp Cloud API number. <see cref="BaseUrl"/> is the Graph API host (the simulator in a demo).</summary>
public sealed record WhatsAppAccount(
    string PhoneNumberId,
    string? DisplayPhoneNumber,
    string ApiVersion,
    Uri BaseUrl,
    string AppSecret,
    string VerifyToken,
    string AccessToken);

/// <summary>A Telegram bot. In <c>polling</c> mode Tendero calls getUpdates instead of receiving webhooks.</summary>
public sealed record TelegramAccount(Uri BaseUrl, string BotToken, string SecretToken, TelegramMode Mode);

public enum TelegramMode
{
    Webhook,
    Polling,
}

/// <summary>A Twilio account and the number it sends SMS from.</summary>
public sealed record TwilioAccount(Uri BaseUrl, string AccountSid, string AuthToken, string From);
