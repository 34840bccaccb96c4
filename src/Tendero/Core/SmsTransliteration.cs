using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Tendero.Core;

/// <summary>
/// Rewrites text in the GSM-7 alphabet so an SMS costs 160 characters a segment instead of 70: accents that GSM-7 lacks
/// (á í ó ú â ã…) lose their mark, typographic punctuation becomes its plain form, and what has no plain form (emoji) goes.
/// </summary>
internal static class SmsTransliteration
{
    // Characters whose plain form Unicode decomposition does not give, or gives badly (½ would become "12").
    private static readonly FrozenDictionary<char, string> Plain = new Dictionary<char, string>
    {
        ['ç'] = "Ç", // GSM-7 has only the capital, which many handsets draw as ç anyway.
        ['`'] = "'", ['´'] = "'", ['‘'] = "'", ['’'] = "'", ['‚'] = "'", ['‛'] = "'", ['′'] = "'", ['‹'] = "'", ['›'] = "'",
        ['“'] = "\"", ['”'] = "\"", ['„'] = "\"", ['‟'] = "\"", ['″'] = "\"", ['«'] = "\"", ['»'] = "\"",
        ['…'] = "...", ['•'] = "*", ['·'] = ".", ['×'] = "x", ['÷'] = "/", ['−'] = "-",
        ['½'] = "1/2", ['¼'] = "1/4", ['¾'] = "3/4", ['©'] = "(c)", ['®'] = "(R)",
        ['Œ'] = "OE", ['œ'] = "oe", ['Ł'] = "L", ['ł'] = "l", ['Đ'] = "D", ['đ'] = "d", ['ı'] = "i",
    }.ToFrozenDictionary();

    public static string ToGsm7(string text)
    {
        var result = new StringBuilder(text.Length);
        // Runes, not chars: an emoji is one rune, and a lone surrogate arrives as U+FFFD, which is dropped below.
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsBmp && Gsm7.Cost((char)rune.Value) > 0)
            {
                result.Append((char)rune.Value);
            }
            else if (rune.IsBmp && Plain.TryGetValue((char)rune.Value, out var plain))
            {
                result.Append(plain);
            }
            else if (Rune.IsWhiteSpace(rune))
            {
                // Tab, no-break and thin spaces are not GSM-7; line and paragraph separators are line breaks.
                result.Append(rune.Value is 0x0B or 0x85 or 0x2028 or 0x2029 ? '\n' : ' ');
            }
            else if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.DashPunctuation)
            {
                result.Append('-');
            }
            else
            {
                AppendDecomposed(result, rune);
            }
        }

        return result.ToString();
    }

    // Compatibility decomposition splits á into a + ◌́, º into o and ﬁ into f i; what is left that GSM-7 has, we keep.
    private static void AppendDecomposed(StringBuilder result, Rune rune)
    {
        // An unassigned code point has no plain form, and ICU refuses to normalize some of them (U+FFFE).
        if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherNotAssigned)
        {
            return;
        }

        foreach (var c in rune.ToString().Normalize(NormalizationForm.FormKD))
        {
            if (Gsm7.Cost(c) > 0)
            {
                result.Append(c);
            }
        }
    }
}
