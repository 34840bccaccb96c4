using Tendero.Config;

namespace Tendero.Tests.Channels;

/// <summary>Business configurations for channel tests, with the demo values of REFERENCE.md §13.</summary>
internal static class TestBusiness
{
    public const string Id = "la-fonda";
    public const string BotToken = "123456:TEST";
    public const string SecretToken = "s3cr3t_Token-01";
    public const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    public const string AuthToken = "test_auth_token";
    public const string OurNumber = "+15005550006";

    public static TelegramAccount Telegram(Uri baseUrl, TelegramMode mode = TelegramMode.Webhook) =>
        new(baseUrl, BotToken, SecretToken, mode);

    public static TwilioAccount Twilio(Uri baseUrl) => new(baseUrl, AccountSid, AuthToken, OurNumber);

    public static BusinessConfig With(TelegramAccount? telegram = null, TwilioAccount? twilio = null) =>
        new(Id, "La Fonda", TimeZoneInfo.Utc, "es", new Dictionary<string, string>(), null, telegram, twilio, "businesses/la-fonda.yaml");
}
