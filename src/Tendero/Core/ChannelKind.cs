namespace Tendero.Core;

/// <summary>The channels Tendero speaks. Stored and shown by their lower-case names.</summary>
public enum ChannelKind
{
    WhatsApp,
    Telegram,
    Sms,

    /// <summary>A phone call through Twilio, with the text spoken and a keypress to confirm.</summary>
    Voice,
}

public static class ChannelNames
{
    public static string Name(this ChannelKind channel) => channel switch
    {
        ChannelKind.WhatsApp => "whatsapp",
        ChannelKind.Telegram => "telegram",
        ChannelKind.Sms => "sms",
        ChannelKind.Voice => "voice",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };

    public static bool TryParse(string? name, out ChannelKind channel)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "whatsapp": channel = ChannelKind.WhatsApp; return true;
            case "telegram": channel = ChannelKind.Telegram; return true;
            case "sms": channel = ChannelKind.Sms; return true;
            case "voice": channel = ChannelKind.Voice; return true;
            default: channel = default; return false;
        }
    }

    public static ChannelKind Parse(string name) =>
        TryParse(name, out var channel) ? channel : throw new FormatException($"Unknown channel '{name}'.");

    public static readonly IReadOnlyList<ChannelKind> All = [ChannelKind.WhatsApp, ChannelKind.Telegram, ChannelKind.Sms, ChannelKind.Voice];
}
