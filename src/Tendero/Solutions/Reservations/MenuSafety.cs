using Tendero.Ai.Offline;

namespace Tendero.Solutions.Reservations;

/// <summary>
/// Which dishes suit a dietary need, by rule: a dish is unsafe when its allergens or ingredients name anything the need
/// forbids. It is the floor under the smart tier's answer (a model may be stricter, never looser) and the whole answer
/// offline. Needs come as the parser writes them ("sin gluten", "nut allergy", "vegano") or as a model words them.
/// </summary>
public static class MenuSafety
{
    private static readonly string[] Meat = ["carne", "res", "pollo", "gallina", "cerdo", "jamon", "tocino", "beef", "chicken", "pork", "meat"];
    private static readonly string[] Fish = ["pescado", "corvina", "atun", "fish", "camaron", "marisco", "shrimp", "shellfish"];
    private static readonly string[] Dairy = ["lacteo", "leche", "queso", "mantequilla", "crema", "dairy", "milk", "cheese", "butter"];

    private static readonly (string[] Cues, string[] Forbidden)[] Rules =
    [
        (["gluten", "celiac", "coeliac", "trigo", "wheat"], ["gluten", "trigo", "harina de trigo", "wheat", "cebada", "centeno"]),
        (["mani", "peanut", "cacahu"], ["mani", "peanut", "cacahuate", "cacahuete"]),
        (["nuez", "nueces", "nut", "frutos secos", "almendr", "almond"], ["nuez", "nueces", "frutos secos", "almendra", "nuts", "walnut", "almond", "pecan"]),
        (["marisco", "shellfish", "camaron", "seafood", "crustace"], ["marisco", "camaron", "langostino", "shellfish", "shrimp", "crustaceo"]),
        (["lactos", "lacteo", "dairy", "leche", "milk"], ["lacteo", "lactosa", "leche", "queso", "mantequilla", "crema", "dairy", "milk", "cheese", "butter"]),
        (["pescado", "fish"], ["pescado", "corvina", "atun", "fish"]),
        (["huevo", "egg"], ["huevo", "egg"]),
        (["vegan"], [.. Meat, .. Fish, .. Dairy, "huevo", "egg", "miel", "honey"]),
        (["vegetarian", "veggie"], [.. Meat, .. Fish]),
    ];

    /// <summary>True when at least one need is one this filter understands (so a verdict on the menu means something).</summary>
    public static bool Understands(IEnumerable<string> needs) => needs.Any(n => Forbidden(n).Count > 0);

    /// <summary>The dishes that suit every need, in menu order.</summary>
    public static IReadOnlyList<MenuDish> Safe(IReadOnlyList<MenuDish> menu, IReadOnlyList<string> needs)
    {
        var forbidden = needs.SelectMany(Forbidden).Distinct().ToList();
        return [.. menu.Where(d => !Words(d).Any(w => forbidden.Any(f => Mentions(w, f))))];
    }

    private static List<string> Forbidden(string need)
    {
        var n = Fold(need);
        // "nut" must not catch "peanut": a peanut allergy is its own rule.
        return [.. Rules.Where(r => r.Cues.Any(c => n.Contains(c, StringComparison.Ordinal) && !(c == "nut" && n.Contains("peanut", StringComparison.Ordinal))))
            .SelectMany(r => r.Forbidden)];
    }

    private static IEnumerable<string> Words(MenuDish d) => d.Allergens.Concat(d.Ingredients).Select(Fold);

    // Whole words, allowing a plural ("camarones" for "camaron", "nuts" for "nut").
    private static bool Mentions(string text, string word) =>
        $" {text} ".Contains($" {word} ", StringComparison.Ordinal) || $" {text} ".Contains($" {word}s ", StringComparison.Ordinal)
        || $" {text} ".Contains($" {word}es ", StringComparison.Ordinal);

    internal static string Fold(string text) => TextNormalizer.StripAccents(text).ToLowerInvariant().Trim();
}
