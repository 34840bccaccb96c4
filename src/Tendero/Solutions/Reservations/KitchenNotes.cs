using System.Globalization;
using System.Text;

namespace Tendero.Solutions.Reservations;

/// <summary>
/// Reads a booking's free-text notes for what the kitchen must know: allergens it names (maní, gluten, mariscos…) and
/// whether the note is about food at all (an allergy, an intolerance, a diet), as opposed to an occasion or a table wish.
/// Matching ignores case and accents, so "Alergia al MANI" and "alérgica al maní" read the same.
/// </summary>
public static class KitchenNotes
{
    // Spelling as it prints on the ticket, then the stems that name it in Spanish and English.
    private static readonly (string Name, string[] Stems)[] Allergens =
    [
        ("maní", ["mani", "cacahuate", "cacahuete", "peanut"]),
        ("nueces", ["nuez", "nueces", "almendra", "avellana", "marañon", "maranon", "tree nut", "nuts", "walnut", "almond", "cashew"]),
        ("gluten", ["gluten", "celiac", "celiaq", "trigo", "wheat"]),
        ("lácteos", ["lacteo", "lactosa", "leche", "queso", "dairy", "lactose", "milk"]),
        ("mariscos", ["marisco", "camaron", "langosta", "langostino", "pulpo", "calamar", "concha", "shellfish", "shrimp", "prawn", "lobster", "crab", "cangrejo"]),
        ("pescado", ["pescado", "fish"]),
        ("huevo", ["huevo", "egg"]),
        ("soya", ["soya", "soja", "soy"]),
        ("sésamo", ["sesamo", "ajonjoli", "sesame"]),
    ];

    private static readonly string[] Diets =
    [
        "alerg", "allerg", "intoleran", "vegetarian", "vegan", "sin gluten", "gluten free", "gluten-free", "kosher", "halal",
        "diabet", "sin sal", "no salt", "dieta", "diet",
    ];

    /// <summary>True when the note is something the kitchen must act on: an allergen, an allergy, an intolerance or a diet.</summary>
    public static bool IsDietary(string? notes)
    {
        var text = Fold(notes);
        return text.Length > 0 && (Diets.Any(text.Contains) || Allergens.Any(a => a.Stems.Any(text.Contains)));
    }

    /// <summary>
    /// The allergens a note names, in a fixed order, as they print. A note that speaks of an allergy without naming a known
    /// allergen is given whole (cut to 80 characters), so nothing the guest wrote is lost.
    /// </summary>
    public static IReadOnlyList<string> Allergies(string? notes)
    {
        var text = Fold(notes);
        if (text.Length == 0)
        {
            return [];
        }
        var found = Allergens.Where(a => a.Stems.Any(text.Contains)).Select(a => a.Name).ToList();
        if (found.Count == 0 && (text.Contains("alerg", StringComparison.Ordinal) || text.Contains("allerg", StringComparison.Ordinal)
            || text.Contains("intoleran", StringComparison.Ordinal)))
        {
            var whole = notes!.Trim();
            found.Add(whole.Length > 80 ? whole[..79] + "…" : whole);
        }
        return found;
    }

    private static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
        {
            kept.Append(c);
        }
        return kept.ToString().Normalize(NormalizationForm.FormC);
    }
}
