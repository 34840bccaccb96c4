namespace Tendero.Core;

/// <summary>The GSM 03.38 alphabet: what each character costs in septets, or 0 when it forces UCS-2.</summary>
internal static class Gsm7
{
    // The basic table without the escape code (0x1B), in table order. Ç at 0x09 is the capital: handsets show it either way.
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    // The extension table: each is sent as escape + character, so it costs two septets (REFERENCE §3.4).
    private const string Extension = "\f^{}\\[~]|€";

    /// <summary>Septets for <paramref name="c"/>: 1 (basic), 2 (extension) or 0 (not GSM-7).</summary>
    public static int Cost(char c) =>
        Basic.Contains(c, StringComparison.Ordinal) ? 1
        : Extension.Contains(c, StringComparison.Ordinal) ? 2
        : 0;

    public static bool Fits(string text)
    {
        foreach (var c in text)
        {
            if (Cost(c) == 0)
            {
                return false;
            }
        }

        return true;
    }
}
