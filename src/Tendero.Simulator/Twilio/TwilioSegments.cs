namespace Tendero.Simulator.Twilio;

/// <summary>
/// SMS segment count: GSM-7 fits 160 septets in one segment and 153 per part when split; one character outside
/// GSM-7 makes the whole message UCS-2, 70 / 67 (https://www.twilio.com/docs/glossary/what-sms-character-limit, REFERENCE §3.4).
/// </summary>
internal static class TwilioSegments
{
    // GSM 03.38 basic set (without the escape character) and the extension table, whose characters cost two septets.
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private const string Extension = "\f^{}\\[~]|€";

    public static int Count(string body)
    {
        var septets = Septets(body);
        if (septets is int gsm)
        {
            return gsm <= 160 ? 1 : (gsm + 152) / 153;
        }

        var units = body.Length;
        return units <= 70 ? 1 : (units + 66) / 67;
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
