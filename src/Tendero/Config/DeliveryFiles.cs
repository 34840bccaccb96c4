namespace Tendero.Config;

// The delivery parts of a business file as written by a person: staff, fallback policies, WhatsApp templates,
// the SMS length policy, lane limits and prices. BusinessMapper and its helpers check every field.

internal sealed class StaffFile
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Language { get; set; }
    public string? QuietHours { get; set; }
    public string? Whatsapp { get; set; }
    public string? Telegram { get; set; }
    public string? Sms { get; set; }
    public string? Voice { get; set; }
}

internal sealed class PolicyFile
{
    public List<StepFile>? Steps { get; set; }
    public string? QuietHours { get; set; }
}

internal sealed class StepFile
{
    public string? Notify { get; set; }
    public string? Wait { get; set; }
    public string? Until { get; set; }
    public string? OnlyIf { get; set; }
}

internal sealed class TemplateFile
{
    public string? Name { get; set; }
    public string? Language { get; set; }
    public string? Category { get; set; }
    public List<string>? Parameters { get; set; }
    public List<TemplateButtonFile?>? Buttons { get; set; }
}

// A quick-reply button of an approved template: its label and the data field that holds its payload.
internal sealed class TemplateButtonFile
{
    public string? Text { get; set; }
    public string? Payload { get; set; }
}

internal sealed class SmsFile
{
    public int? MaxSegments { get; set; }
    public bool? Transliterate { get; set; }
}

internal sealed class LaneFile
{
    public double? PerSecond { get; set; }
    public double? Burst { get; set; }
    public string? PerRecipient { get; set; }
    public string? PerGroup { get; set; }
}

internal sealed class PricesFile
{
    public string? Currency { get; set; }
    public Dictionary<string, Dictionary<string, string>>? Whatsapp { get; set; }
    public Dictionary<string, string>? Telegram { get; set; }
    public Dictionary<string, string>? Sms { get; set; }
    public Dictionary<string, string>? Voice { get; set; }
    public string? ComputePerMonth { get; set; }
    public string? BudgetPerMonth { get; set; }
}
