namespace Tendero.Simulator.Twilio;

/// <summary>
/// SMS segment count: GSM-7 fits 160 septets in one segment and 153 per part when split; one character outside
/// GSM-7 makes the whole message UCS-2, 70 / 67 (https://www.twilio.com/docs/glossary/what-sms-character-limit, REFERENCE §3.4).
/// Split messages are packed greedily, never cutting an escape or surrogate pair, as Tendero's own count does.
/// </summary>
internal static class TwilioSegments
{
    // GSM 03.38 basic set (without the escape character) and the extension table, whose characters cost two septets.
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private const string Extension = "\f^{}\\[~]|€";

    public static int Count(string body)
    {
        if (Septets(body) is int gsm)
        {
            return gsm <= 160 ? 1 : Pack(body.Select(c => Extension.Contains(c, StringComparison.Ordinal) ? 2 : 1), 153);
        }

        if (body.Length <= 70)
        {
            return 1;
        }

        // A surrogate pair (an emoji) is two units that carriers never split across segments.
        var units = new List<int>();
        for (var i = 0; i < body.Length; i++)
        {
            var pair = char.IsHighSurrogate(body[i]) && i + 1 < body.Length && char.IsLowSurrogate(body[i + 1]);
            units.Add(pair ? 2 : 1);
            i += pair ? 1 : 0;
        }

        return Pack(units, 67);
    }

    // Fills segments greedily; a character's units (an escape pair, a surrogate pair) stay in one segment.
    private static int Pack(IEnumerable<int> sizes, int perSegment)
    {
        var segments = 1;
        var used = 0;
        foreach (var size in sizes)
        {
            if (used + size > perSegment)
            {
                segments++;
                used = 0;
            }

            used += size;
        }

        return segments;
    }

    /// <summary>The GSM-7 length, or null when a character needs UCS-2.</summary>
    private static int? Septets(string body)
    {
        var septets = 0;
        foreach (var c in body)
        {
            if (Basic.Contains(c, StringComparison.Ordinal))
            {
                septets++;
            }
            else if (Extension.Contains(c, StringComparison.Ordinal))
            {
                septets += 2;
            }
            else
            {
                return null;
            }
        }

        return septets;
    }
}
