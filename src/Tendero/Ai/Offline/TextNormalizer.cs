using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Tendero.Ai.Offline;

/// <summary>
/// Puts a chat message in one plain form before the classifier and the slot rules see it: lower case, no accents,
/// stretched letters cut back ("holaaa" → "hola"), and WhatsApp shorthand spelled out ("xfa" → "por favor",
/// "tmrw" → "tomorrow"). Digits and the "/ : ." that dates and times need are kept.
/// </summary>
public static partial class TextNormalizer
{
    // Keys are already lower case and accent-free, because the lookup happens after both ("mñn" is "mnn" by then).
    private static readonly Dictionary<string, string> Shorthand = new(StringComparer.Ordinal)
    {
        ["xfa"] = "por favor", ["xfavor"] = "por favor", ["porfa"] = "por favor", ["porfis"] = "por favor", ["pf"] = "por favor",
        ["q"] = "que", ["k"] = "que", ["ke"] = "que", ["qe"] = "que", ["xq"] = "porque", ["pq"] = "porque", ["porq"] = "porque",
        ["mnn"] = "manana", ["mnna"] = "manana", ["mna"] = "manana", ["mana"] = "manana", ["pa"] = "para", ["xa"] = "para",
        ["tmb"] = "tambien", ["tb"] = "tambien", ["tbn"] = "tambien", ["tmbn"] = "tambien", ["d"] = "de", ["x"] = "por",
        ["grax"] = "gracias", ["grx"] = "gracias", ["grs"] = "gracias", ["grcs"] = "gracias", ["grasias"] = "gracias",
        ["bn"] = "bien", ["cdo"] = "cuando", ["dnd"] = "donde", ["nd"] = "nada", ["salu2"] = "saludos", ["hla"] = "hola",
        ["ola"] = "hola", ["kiero"] = "quiero", ["aki"] = "aqui", ["ntp"] = "no te preocupes", ["vdd"] = "verdad",
        ["pers"] = "personas", ["psnas"] = "personas", ["tqm"] = "te quiero mucho", ["msj"] = "mensaje", ["xfis"] = "por favor",
        ["pls"] = "please", ["plz"] = "please", ["plse"] = "please", ["u"] = "you", ["ur"] = "your", ["r"] = "are",
        ["tmrw"] = "tomorrow", ["tmr"] = "tomorrow", ["tmrow"] = "tomorrow", ["tomoro"] = "tomorrow", ["2moro"] = "tomorrow",
        ["2morrow"] = "tomorrow", ["tmw"] = "tomorrow", ["2nite"] = "tonight", ["tonite"] = "tonight", ["2night"] = "tonight",
        ["thx"] = "thanks", ["thnx"] = "thanks", ["thanx"] = "thanks", ["ty"] = "thanks", ["tks"] = "thanks", ["tnx"] = "thanks",
        ["ppl"] = "people", ["b4"] = "before", ["rn"] = "right now", ["wanna"] = "want to", ["gonna"] = "going to",
        ["im"] = "i am", ["cuz"] = "because", ["bc"] = "because", ["abt"] = "about", ["msg"] = "message", ["rez"] = "reservation",
        ["tbl"] = "table", ["hrs"] = "hours", ["pl"] = "please", ["yr"] = "your", ["thru"] = "through", ["w"] = "with",
    };

    // Emoji carry meaning in chat but are dropped by the featurizer; neutral tokens keep them language-free.
    private static readonly (string Emoji, string Token)[] Emoji =
    [
        ("👍", " emojiok "), ("👌", " emojiok "), ("✅", " emojiok "), ("🙌", " emojiok "), ("🆗", " emojiok "),
        ("🙏", " emojithanks "), ("❤️", " emojithanks "), ("❤", " emojithanks "), ("😡", " emojiangry "), ("🤬", " emojiangry "),
        ("👋", " emojihello "),
    ];

    public static string Normalize(string text)
    {
        var withEmoji = Emoji.Aggregate(text, (t, e) => t.Replace(e.Emoji, e.Token, StringComparison.Ordinal));
        var plain = StripAccents(withEmoji.ToLowerInvariant()).Replace('\u2019', ' ').Replace('\'', ' ');
        plain = Stretched().Replace(plain, "$1").Replace("p/", "para ", StringComparison.Ordinal);
        plain = Word().Replace(plain, m => Shorthand.TryGetValue(m.Value, out var full) ? full : m.Value);
        return Spaces().Replace(plain, " ").Trim();
    }

    /// <summary>What the classifier reads: the normal form with every number the same, so "para 4" teaches "para 6".</summary>
    public static string ForClassifier(string text) => Digits().Replace(Normalize(text), "0");

    public static string StripAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                kept.Append(c);
            }
        }
        return kept.ToString().Normalize(NormalizationForm.FormC);
    }

    [GeneratedRegex(@"(\p{L})\1{2,}")]
    private static partial Regex Stretched();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
