using Tendero.Core;
using Tendero.Core.Chains;

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
    string SourceFile)
{
    /// <summary>Staff listed in the file; alerts can go to them by id.</summary>
    public IReadOnlyList<Person> Staff { get; init; } = [];

    /// <summary>Fallback policies by name.</summary>
    public IReadOnlyDictionary<string, ChainPolicy> Policies { get; init; } = new Dictionary<string, ChainPolicy>();

    /// <summary>Approved WhatsApp templates by the kind of message they stand in for ("default" for any kind).</summary>
    public IReadOnlyDictionary<string, WhatsAppTemplate> Templates { get; init; } = new Dictionary<string, WhatsAppTemplate>();

    public SmsPolicy Sms { get; init; } = new();

    /// <summary>Pacing per channel: the providers' defaults unless the file's <c>lanes</c> says otherwise.</summary>
    public IReadOnlyDictionary<ChannelKind, Delivery.Pacing.LaneLimits> Lanes { get; init; } =
        ChannelNames.All.ToDictionary(c => c, Delivery.Pacing.LaneLimits.DefaultFor);

    /// <summary>What each message costs. Always set for a loaded file; a hand-built config may leave it out (then no cost is written).</summary>
    public Delivery.Pricing.PriceTable? Prices { get; init; }

    /// <summary>What running Tendero costs this business a month (<c>prices.compute_per_month</c>), in micro-units of the prices'
    /// currency; the dashboard pro-rates it per day. Zero when not set.</summary>
    public long ComputePerMonthMicros { get; init; }

    /// <summary>What the business means to spend a month on models, messages and compute (<c>prices.budget_per_month</c>); null when not set.</summary>
    public long? BudgetPerMonthMicros { get; init; }

    /// <summary>Model tiers, prices and budgets; offline only when the file has no <c>models:</c> section.</summary>
    public ModelsConfig Models { get; init; } = ModelsConfig.OfflineOnly;

    /// <summary>Set when the conversation agents answer this business's customers (the <c>assistant:</c> section).</summary>
    public AssistantConfig? Assistant { get; init; }

    /// <summary>Calls to other systems (a POS webhook, an ERP's SOAP operation) made when an event happens; the <c>actions:</c> section.</summary>
    public IReadOnlyList<ActionConfig> Actions { get; init; } = [];
    /// <summary>Kitchen printers by name (the <c>printers:</c> section); empty when the business has none.</summary>
    public IReadOnlyDictionary<string, PrinterConfig> Printers { get; init; } = new Dictionary<string, PrinterConfig>();
    /// <summary>The business's Google Sheet (or local workbook) and its tabs: the <c>sheets:</c> section.</summary>
    public SheetsConfig? Sheets { get; init; }

    /// <summary>The restaurant-reservations solution (the <c>reservations:</c> section); null when the business has none.</summary>
    public ReservationsConfig? Reservations { get; init; }

    /// <summary>The daily export (the <c>exports:</c> section); null when there is none.</summary>
    public ExportsConfig? Exports { get; init; }

    /// <summary>How long message bodies are kept (the <c>retention:</c> section); null keeps them.</summary>
    public RetentionConfig? Retention { get; init; }
    /// <summary>When and where the monthly PDF report is written (the <c>report:</c> section); null for no scheduled report.</summary>
    public ReportConfig? Report { get; init; }

    /// <summary>The channels this business can send on: Twilio gives both sms and voice.</summary>
    public IReadOnlySet<ChannelKind> Channels =>
        new HashSet<ChannelKind>(
            (WhatsApp is null ? [] : new[] { ChannelKind.WhatsApp })
            .Concat(Telegram is null ? [] : [ChannelKind.Telegram])
            .Concat(Twilio is null ? [] : [ChannelKind.Sms, ChannelKind.Voice]));

    /// <summary>The template to use for a message of this kind, falling back to the "default" one.</summary>
    public WhatsAppTemplate? TemplateFor(string kind) =>
        Templates.TryGetValue(kind, out var template) ? template : Templates.GetValueOrDefault("default");
}

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
