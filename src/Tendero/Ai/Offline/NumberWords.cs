using System.Text.RegularExpressions;

namespace Tendero.Ai.Offline;

/// <summary>
/// Spanish and English number words up to twenty, turned into digits in the normal form so the time and party-size
/// rules only deal with digits. "uno/una/un/one" and "once" are articles or adverbs too often, so they only count after
/// a word that expects a number ("para una", "a la una", "a las once", "for one").
/// </summary>
internal static partial class NumberWords
{
    private static readonly Dictionary<string, int> Values = new(StringComparer.Ordinal)
    {
        ["dos"] = 2, ["tres"] = 3, ["cuatro"] = 4, ["cinco"] = 5, ["seis"] = 6, ["siete"] = 7, ["ocho"] = 8, ["nueve"] = 9,
        ["diez"] = 10, ["doce"] = 12, ["trece"] = 13, ["catorce"] = 14, ["quince"] = 15, ["dieciseis"] = 16,
        ["diecisiete"] = 17, ["dieciocho"] = 18, ["diecinueve"] = 19, ["veinte"] = 20,
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
    };

    public static string ToDigits(string normalized)
    {
        var text = Ambiguous().Replace(normalized, m => m.Groups["cue"].Value + (m.Groups["w"].Value == "once" ? "11" : "1"));
        return Word().Replace(text, m => Values.TryGetValue(m.Value, out var n) ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : m.Value);
    }

    [GeneratedRegex(@"\b(?:(?<cue>a la\s+)(?<w>una)|(?<cue>las\s+)(?<w>once)|(?<cue>(?:para|for|of|at|somos)\s+)(?<w>uno|one|una(?=\s+persona)))\b")]
    private static partial Regex Ambiguous();

    [GeneratedRegex(@"\b\p{L}+\b")]
    private static partial Regex Word();
}
