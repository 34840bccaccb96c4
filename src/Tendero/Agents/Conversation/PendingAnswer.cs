using System.Text.RegularExpressions;
using Tendero.Ai;
using Tendero.Ai.Offline;

namespace Tendero.Agents.Conversation;

/// <summary>
/// A bare answer to the question just asked, which no slot rule reads out of context: "4" to "how many people?",
/// "Carlos Pérez" to "what name?". Only when the slot is still missing and the message is nothing but the answer.
/// </summary>
internal static partial class PendingAnswer
{
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "si", "sí", "no", "yes", "ok", "okay", "vale", "dale", "claro", "gracias", "thanks", "hola", "hi", "hello", "listo",
        "perfecto", "correcto", "sure", "yep", "nope", "bien", "good", "great", "fine", "ninguna", "none", "cancelar", "cancel",
        "ayuda", "help", "menu", "hoy", "manana", "tomorrow", "today", "tonight", "buenas", "buenos", "dias", "noches", "tardes",
    };

    private static readonly string[] Numbers =
        ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce"];
    private static readonly string[] EnglishNumbers =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    /// <summary>The slots with the bare answer filled in, or null when the text is not one.</summary>
    public static Slots? Read(PendingStep step, Slots said, string? text)
    {
        if (text is null) return null;
        var t = TextNormalizer.Normalize(text);
        return step switch
        {
            PendingStep.PartySize when said.PartySize is null && Count(t) is { } n => said with { PartySize = n },
            PendingStep.Name when said.Name is null && SlotMerge.IsEmpty(said) && Name(text) is { } name => said with { Name = name },
            _ => null,
        };
    }

    private static int? Count(string t)
    {
        var m = BareCount().Match(t);
        if (!m.Success) return null;
        var word = m.Groups["n"].Value;
        var n = int.TryParse(word, out var d) ? d : Math.Max(Array.IndexOf(Numbers, word), Array.IndexOf(EnglishNumbers, word));
        return n is >= 1 and <= 60 ? n : null;
    }

    private static string? Name(string text)
    {
        var m = BareName().Match(text.Trim().TrimEnd('.', '!', ','));
        if (!m.Success) return null;
        var words = m.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 4 && !words.Any(w => NotNames.Contains(TextNormalizer.StripAccents(w.ToLowerInvariant())))
            ? string.Join(' ', words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]))
            : null;
    }

    [GeneratedRegex(@"^(?:somos |seremos |para |we are |we re |party of |a )?(?<n>\d{1,2}|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: personas| persona| people| pax| guests| of us)?$")]
    private static partial Regex BareCount();

    [GeneratedRegex(@"^(?:(?:a nombre de|soy|es|it s|it's|its|name|under|para|for)\s+)?(?<name>\p{L}[\p{L}'’\-]*(?:\s+\p{L}[\p{L}'’\-]*){0,3})$", RegexOptions.IgnoreCase)]
    private static partial Regex BareName();
}
