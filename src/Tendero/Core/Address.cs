using System.Text.RegularExpressions;

namespace Tendero.Core;

/// <summary>
/// Where a person is reached on one channel: <c>whatsapp:+50760001111</c>, <c>telegram:123456789</c>, <c>sms:+50760001111</c>.
/// Phone numbers are kept in E.164 (with the plus); Telegram chat ids are 64-bit integers.
/// </summary>
public sealed partial record Address(ChannelKind Channel, string Value)
{
    public override string ToString() => $"{Channel.Name()}:{Value}";

    /// <summary>Parses "channel:value" and says exactly what is wrong when it cannot.</summary>
    public static bool TryParse(string? text, out Address? address, out string error)
    {
        address = null;
        var colon = text?.IndexOf(':') ?? -1;
        if (text is null || colon <= 0)
        {
            error = "An address looks like 'whatsapp:+50760001111', 'telegram:<chat id>' or 'sms:+50760001111'.";
            return false;
        }
        if (!ChannelNames.TryParse(text[..colon], out var channel))
        {
            error = $"Unknown channel '{text[..colon]}': use whatsapp, telegram, sms or voice.";
            return false;
        }
        var value = text[(colon + 1)..].Trim();
        if (channel == ChannelKind.Telegram)
        {
            if (!long.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var chat))
            {
                error = $"A Telegram address is a numeric chat id, not '{value}'.";
                return false;
            }
            // The same form the webhooks store ("42", not "+42" or "0042"), so one chat is one contact.
            value = chat.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            // People write numbers with spaces, dashes and brackets; the country code with its plus is required.
            value = new string(value.Where(c => c is not (' ' or '-' or '(' or ')' or '.')).ToArray());
            if (!E164().IsMatch(value))
            {
                error = $"'{text[(colon + 1)..]}' is not a phone number in international form such as +50760001111 (with the country code).";
                return false;
            }
        }
        address = new Address(channel, value);
        error = "";
        return true;
    }

    public static Address Parse(string text) =>
        TryParse(text, out var address, out var error) ? address! : throw new FormatException(error);

    /// <summary>For numbers from providers: keeps the digits and adds the plus that WhatsApp's wa_id leaves out.</summary>
    public static string NormalizePhone(string raw)
    {
        var digits = new string(raw.Where(c => char.IsDigit(c) || c == '+').ToArray());
        return digits.StartsWith('+') ? digits : "+" + digits;
    }

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex E164();
}
