namespace Tendero.Core;

/// <summary>
/// A cheap guess between Spanish and English for a short message, so an automatic reply answers in the customer's
/// language. It counts telltale words and letters; the model tiers do this properly later.
/// </summary>
public static class LanguageGuess
{
    private static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "hi", "hello", "thanks", "thank", "you", "please", "table", "what", "when", "do", "is", "are", "my", "i",
        "for", "to", "can", "open", "order", "book", "tonight", "tomorrow", "people", "where", "how", "and", "with",
    };

    private static readonly HashSet<string> Spanish = new(StringComparer.OrdinalIgnoreCase)
    {
        "hola", "gracias", "mesa", "para", "quiero", "por", "favor", "que", "qué", "el", "la", "los", "las", "de", "mi",
        "una", "un", "personas", "mañana", "hoy", "noche", "dónde", "donde", "cuándo", "cuando", "tienen", "es", "y", "con",
    };

    public static string Guess(string? text, string fallback)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }
        var words = text.Split([' ', ',', '.', '!', '?', '¿', '¡', ':', ';', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var en = words.Count(English.Contains);
        var es = words.Count(Spanish.Contains) + text.Count(c => "ñáéíóú¿¡".Contains(char.ToLowerInvariant(c)));
        return en > es ? "en" : es > en ? "es" : fallback;
    }
}
