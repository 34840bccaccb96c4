using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Tendero.Connectors.EscPos;

/// <summary>
/// Rewrites text with only the characters a printer's code table has: typographic punctuation becomes its plain form,
/// letters the table lacks lose their accent (ā → a, ő → o), and what has no plain form (emoji, other scripts) is
/// dropped. Never a '?': a kitchen misreads "?" as a question. Control characters are always dropped.
/// </summary>
public static class Transliteration
{
    private static readonly FrozenDictionary<int, string> Plain = new Dictionary<int, string>
    {
        ['‘'] = "'", ['’'] = "'", ['‚'] = "'", ['‛'] = "'", ['′'] = "'", ['‹'] = "<", ['›'] = ">", ['`'] = "'",
        ['“'] = "\"", ['”'] = "\"", ['„'] = "\"", ['″'] = "\"", ['«'] = "\"", ['»'] = "\"",
        ['…'] = "...", ['•'] = "*", ['·'] = ".", ['×'] = "x", ['÷'] = "/", ['−'] = "-", ['€'] = "EUR",
        ['½'] = "1/2", ['¼'] = "1/4", ['¾'] = "3/4", ['©'] = "(c)", ['®'] = "(R)", ['™'] = "TM",
        ['Œ'] = "OE", ['œ'] = "oe", ['Ł'] = "L", ['ł'] = "l", ['Đ'] = "D", ['đ'] = "d", ['ı'] = "i", ['ß'] = "ss",
        [0x26A0] = "!", [0x2757] = "!", [0x203C] = "!!", [0x2713] = "v", [0x2714] = "v", [0x2716] = "x", [0x2192] = "->",
    }.ToFrozenDictionary();

    public static string Apply(string text, Func<char, bool> canPrint)
    {
        var result = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsBmp && canPrint((char)rune.Value) && !char.IsControl((char)rune.Value))
            {
                result.Append((char)rune.Value);
            }
            else if (Rune.IsWhiteSpace(rune))
            {
                result.Append(' ');
            }
            else if (Plain.TryGetValue(rune.Value, out var plain))
            {
                result.Append(plain.Where(canPrint).ToArray());
            }
            else if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.DashPunctuation)
            {
                result.Append('-');
            }
            else if (Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate or UnicodeCategory.Control))
            {
                // Compatibility decomposition splits ā into a + ◌̄ and ﬁ into f i: keep what the table has.
                var decomposed = rune.ToString().Normalize(NormalizationForm.FormKD);
                result.Append(decomposed.Where(c => canPrint(c) && !char.IsControl(c)).ToArray());
            }
        }
        return result.ToString();
    }
}
