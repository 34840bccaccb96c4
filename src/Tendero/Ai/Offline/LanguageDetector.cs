namespace Tendero.Ai.Offline;

/// <summary>
/// Spanish or English for a short chat message. Like <see cref="Core.LanguageGuess"/> it counts telltale words, but on
/// the normal form (so "xfa" counts as Spanish and "pls" as English) and with longer lists. A tie keeps the default:
/// "ok", "👍" and "20:00" say nothing about the language.
/// </summary>
public static class LanguageDetector
{
    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "hi", "hello", "hey", "thanks", "thank", "you", "please", "table", "what", "when", "do", "does", "is", "are",
        "my", "i", "for", "to", "can", "could", "would", "open", "order", "book", "booking", "tonight", "tomorrow", "today",
        "people", "where", "how", "and", "with", "your", "we", "need", "want", "reservation", "cancel", "change", "it", "at",
        "of", "have", "there", "this", "that", "food", "hours", "close", "closed", "am", "our", "us", "be", "will",
        "just", "yes", "yeah", "sure", "great", "good", "morning", "evening", "afternoon", "night", "name", "under", "party",
        "friday", "saturday", "sunday", "monday", "tuesday", "wednesday", "thursday", "an", "any", "still", "not",
        "got", "get", "sounds", "perfect", "awesome", "cool", "speak", "talk", "someone", "manager", "person", "delivery",
        "wait", "waiting", "late", "cold", "terrible", "bad", "worst", "help", "instead", "move", "make", "vegan", "free",
        "allergy", "allergic", "located", "address", "parking", "which", "who", "why", "if", "from", "on", "in", "by",
        "was", "did", "been", "has", "had", "much", "many", "day", "next", "week", "guys", "lol", "appreciate", "bye", "see",
        "already", "arrived", "yet", "were", "they", "their", "sorry", "okay",
    };

    private static readonly HashSet<string> Spanish = new(StringComparer.Ordinal)
    {
        "hola", "gracias", "mesa", "para", "quiero", "queria", "quisiera", "por", "favor", "que", "el", "la", "los", "las",
        "de", "del", "mi", "una", "un", "personas", "manana", "hoy", "noche", "donde", "cuando", "tienen", "es", "y", "con",
        "buenas", "buenos", "dias", "tardes", "reservar", "reserva", "somos", "seremos", "nombre", "al", "en", "se",
        "puedo", "pueden", "puede", "hay", "abren", "cierran", "horario", "pedido", "ya", "llega", "llego", "todavia", "aun",
        "comida", "fria", "esta", "estan", "muy", "mal", "peor", "hablar", "alguien", "encargado", "gerente", "persona",
        "cancelar", "cambiar", "mejor", "sabado", "domingo", "lunes", "martes", "miercoles", "jueves", "viernes", "si", "dale",
        "listo", "perfecto", "vale", "claro", "bueno", "genial", "nos", "vemos", "adios", "chao", "saludos", "carta",
        "platos", "opciones", "sin", "vegano", "vegana", "vegetariano", "alergia", "alergico", "direccion", "ubicados",
        "queda", "estacionamiento", "como", "cual", "quien", "porque", "tambien", "pero", "o", "lo", "le", "me", "te", "su",
        "sus", "mas", "nada", "todo", "hora", "horas", "tarde", "ahora", "pasado", "proximo", "semana", "soy", "llamo",
        "necesito", "ayuda", "quiere", "van", "vamos", "bien", "muchas", "mil", "pedi", "nunca", "sigo", "esperando",
    };

    public static string Detect(string text, string defaultLanguage)
    {
        var fallback = defaultLanguage == "en" ? "en" : "es";
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }
        var words = TextNormalizer.Normalize(text).Split([' ', ',', '.', '!', '?', '¿', '¡', ':', ';', '\'', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        var en = words.Count(English.Contains);
        var es = words.Count(Spanish.Contains) + text.Count(c => "ñáéíóú¿¡".Contains(char.ToLowerInvariant(c)));
        return en > es ? "en" : es > en ? "es" : fallback;
    }
}
