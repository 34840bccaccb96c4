using System.Text.RegularExpressions;

namespace Tendero.Ai.Offline;

/// <summary>
/// How many people a booking is for. Reads the normal form with digits after the date and time are blanked out, so
/// their digits are never taken. "4 adultos y 2 niños" counts everyone (6); "una pareja"/"a couple" is 2.
/// </summary>
internal static partial class PartySizeRule
{
    public static int? Find(string text)
    {
        foreach (var rule in new[] { Counted(), Table(), Group(), ForN() })
        {
            var found = rule.Matches(text).Select(m => (Size: Size(m), Match: m)).ToList();
            if (found.Count > 0)
            {
                return Plausible(DateRule.Choose(found, text));
            }
        }
        return Couple().IsMatch(text) ? 2 : Alone().IsMatch(text) ? 1 : null;
    }

    private static int Size(Match m) =>
        int.Parse(m.Groups["n"].Value) + (m.Groups["kids"].Success ? int.Parse(m.Groups["kids"].Value) : 0);

    private static int? Plausible(int n) => n is >= 1 and <= 80 ? n : null;

    private const string People = @"(?:personas|persona|pers|pax|people|persons|person|guests|guest|comensales|adultos|adults|gente|of us|de nosotros|amigos|friends|invitados)";

    [GeneratedRegex(@"(?<!\d)(?<n>\d{1,2})\s*" + People + @"\b(?:\s*(?:y|and|\+|mas|plus)\s*(?<kids>\d{1,2})\s*(?:ninos|nino|nenes|kids|children|child|menores|bebes|babies)\b)?")]
    private static partial Regex Counted();

    [GeneratedRegex(@"\b(?:mesa|mesita|table|reserva|reservacion|reservation|booking|lugar|espacio|sitio|cupo)\s+(?:para|for|por)\s+(?<n>\d{1,2})\b")]
    private static partial Regex Table();

    [GeneratedRegex(@"\b(?:somos|seremos|seriamos|sean|seran|vamos a ser|vamos|we are|we re|we will be|we ll be|there will be|there ll be|will be|party of|group of|grupo de|a group of|un grupo de|en total|in total|total|make it|make that)\s+(?:(?:actually|now|only|just|ahora|solo)\s+)?(?<n>\d{1,2})\b")]
    private static partial Regex Group();

    [GeneratedRegex(@"\b(?:para|for)\s+(?<n>\d{1,2})\b(?![ ]?(?::|am\b|pm\b|h\b|hrs|horas|hours|minutos|minutes|de\s+la|dias|days|semanas|weeks|meses|%|dolares|dollars|usd))")]
    private static partial Regex ForN();

    [GeneratedRegex(@"\b(?:una pareja|somos pareja|a couple\b(?!\s+of)|the 2 of us|nosotros 2|just us 2|2 of us)")]
    private static partial Regex Couple();

    [GeneratedRegex(@"\b(?:solo yo|just me|only me|for myself|para mi solo|para mi sola)\b")]
    private static partial Regex Alone();
}
