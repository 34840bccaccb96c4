namespace Tendero.Config;

// The YAML as written by a person. Every field is optional here; BusinessLoader checks them and names the bad one.
// Secrets are never inline: a *_env field names the environment variable that holds the secret.
internal sealed class BusinessFile
{
    public string? Name { get; set; }
    public string? TimeZone { get; set; }
    public string? Language { get; set; }
    public Dictionary<string, string>? AutoReply { get; set; }
    public ChannelsFile? Channels { get; set; }
    public List<StaffFile>? Staff { get; set; }
    public Dictionary<string, PolicyFile>? Policies { get; set; }
    public Dictionary<string, TemplateFile>? WhatsappTemplates { get; set; }
    public SmsFile? Sms { get; set; }
    public Dictionary<string, LaneFile>? Lanes { get; set; }
    public PricesFile? Prices { get; set; }
    public AssistantFile? Assistant { get; set; }
    public ModelsFile? Models { get; set; }
    public List<ActionFile?>? Actions { get; set; }
    public Dictionary<string, PrinterFile>? Printers { get; set; }
    public SheetsFile? Sheets { get; set; }
    public ReservationsFile? Reservations { get; set; }
    public ExportsFile? Exports { get; set; }
    public RetentionFile? Retention { get; set; }
    public ReportFile? Report { get; set; }
}

internal sealed class ChannelsFile
{
    public WhatsAppFile? Whatsapp { get; set; }
    public TelegramFile? Telegram { get; set; }
    public TwilioFile? Twilio { get; set; }
}

internal sealed class WhatsAppFile
{
    public string? PhoneNumberId { get; set; }
    public string? DisplayPhoneNumber { get; set; }
    public string? ApiVersion { get; set; }
    public string? BaseUrl { get; set; }
    public string? AppSecretEnv { get; set; }
    public string? VerifyTokenEnv { get; set; }
    public string? AccessTokenEnv { get; set; }
}

internal sealed class TelegramFile
{
    public string? BaseUrl { get; set; }
    public string? BotTokenEnv { get; set; }
    public string? SecretTokenEnv { get; set; }
    public string? Mode { get; set; }
}

internal sealed class TwilioFile
{
    public string? BaseUrl { get; set; }
    public string? AccountSidEnv { get; set; }
    public string? AuthTokenEnv { get; set; }
    public string? From { get; set; }
}
