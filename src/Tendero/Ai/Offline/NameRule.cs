using System.Text.RegularExpressions;

namespace Tendero.Ai.Offline;

/// <summary>
/// The name a booking is under, as written. Reads the original text, because capitals matter: after a strong cue
/// ("a nombre de", "me llamo", "my name is", "under the name", "name:") any word that is not a common word is a name;
/// after a weak cue ("soy", "I'm", "this is", "under") only a capitalised word is (so "soy vegano" and "I'm allergic"
/// are not names), except Spanish "soy" which people type in lower case ("hola soy maria") and a short deny-list guards.
/// </summary>
internal static partial class NameRule
{
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "y", "e", "o", "para", "por", "favor", "el", "la", "los", "las", "de", "del", "a", "al", "en", "con", "que", "and",
        "or", "for", "at", "on", "the", "a", "an", "please", "pls", "porfa", "xfa", "gracias", "thanks", "thx", "manana",
        "hoy", "tomorrow", "today", "tonight", "mesa", "table", "somos", "we", "i", "is", "people", "personas", "party",
        "reserva", "reservation", "booking", "una", "un", "uno", "yo", "mi", "my", "me", "su", "nuevo", "nueva", "cliente",
        "clienta", "vegano", "vegana", "vegetariano", "vegetariana", "celiaco", "celiaca", "alergico", "alergica",
        "intolerante", "diabetico", "diabetica", "muy", "tan", "el", "quien", "amigo", "amiga", "vecino", "vecina", "socio",
        "socia", "of", "to", "with", "in", "from", "not", "so", "very", "just", "here", "there", "sorry", "allergic", "vegan",
        "vegetarian", "going", "looking", "trying", "calling", "writing", "coming", "late", "interested", "hungry", "happy",
        "sure", "glad", "still", "also", "back", "done", "ok", "okay", "fine", "good", "great", "lunes", "martes",
        "miercoles", "jueves", "viernes", "sabado", "domingo", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "hola", "hi", "hello", "bien", "aqui", "tambien", "celiac", "lactose", "gluten", "sin", "no",
        "si", "yes", "it", "this", "that", "your", "vengo", "estoy", "seremos", "tenemos", "tengo", "quiero", "queria",
        "mesero", "mesera", "persona", "person", "alguien", "someone", "who", "owner", "manager", "dueno", "dueña", "gerente",
        "reservar", "book", "cancel", "cancelar", "cambiar", "change", "menu", "pedido", "order", "the", "pm", "am", "hrs",
    };

    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "la", "el", "the", "senor", "senora", "senorita", "sr", "sra", "srta", "don", "dona", "mr", "mrs", "ms", "miss", "dr", "dra",
    };

    public static string? Find(string text)
    {
        foreach (var (rule, strong) in new[] { (Strong(), true), (Weak(), false) })
        {
            foreach (Match m in rule.Matches(text))
            {
                var name = Read(text, m.Index + m.Length, strong || m.Groups["soy"].Success);
                if (name is not null)
                {
                    return name;
                }
            }
        }
        return null;
    }

    private static string? Read(string text, int start, bool lowerCaseAllowed)
    {
        var rest = text[start..];
        var words = new List<string>();
        var end = 0;
        foreach (Match w in NameWord().Matches(rest))
        {
            var gap = rest[end..w.Index];
            var plain = TextNormalizer.StripAccents(w.Value.ToLowerInvariant());
            var capital = char.IsUpper(w.Value[0]);
            if (words.Count == 0 && Honorifics.Contains(plain))
            {
                end = w.Index + w.Length;
                continue;
            }
            var gapOk = string.IsNullOrWhiteSpace(gap) || (words.Count == 0 && gap.Trim() is ":" or "-");
            if (!gapOk || NotNames.Contains(plain) || (!capital && (!lowerCaseAllowed || (words.Count > 0 && char.IsUpper(words[0][0])))))
            {
                break;
            }
            words.Add(w.Value);
            end = w.Index + w.Length;
            if (words.Count == 3)
            {
                break;
            }
        }
        return words.Count == 0 ? null : string.Join(' ', words);
    }

    [GeneratedRegex(@"\b(?:a\s+nombre\s+de|al\s+nombre\s+de|a\s+nombre|bajo\s+el\s+nombre(?:\s+de)?|con\s+el\s+nombre(?:\s+de)?|under\s+the\s+name(?:\s+of)?|(?:my\s+|the\s+)?name\s+is|name['’]s|(?:mi\s+)?nombre\s+es|me\s+llamo|name\s*:|nombre\s*:|de\s+parte\s+de|in\s+the\s+name\s+of|put\s+it\s+under|ponla\s+a\s+nombre\s+de)", RegexOptions.IgnoreCase)]
    private static partial Regex Strong();

    [GeneratedRegex(@"\b(?:(?<soy>soy)|i'm|i’m|i\s+am|im|this\s+is|it's|it’s|under|(?:le|les)\s+habla|reservation\s+for|reserva\s+para|booking\s+for|name|(?<=\d\s*(?:pm|am)\s+)for)(?=\s)", RegexOptions.IgnoreCase)]
    private static partial Regex Weak();

    [GeneratedRegex(@"\p{L}[\p{L}'’\-]*")]
    private static partial Regex NameWord();
}
