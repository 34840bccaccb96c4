using System.Text.RegularExpressions;

namespace Tendero.Ai.Offline;

/// <summary>
/// Dietary needs, one canonical item per concept, named in the message's language (see <see cref="SlotExtractor"/> for
/// the vocabulary). A diet counts wherever it is mentioned, in a booking or a menu question alike ("¿tienen algo
/// vegano?" carries "vegano"). An allergen (peanut, nuts, shellfish, lactose/dairy) needs an avoidance word somewhere in
/// the message ("alergia", "sin", "without", "can't eat"), because "¿tienen mariscos?" is an appetite, not a need.
/// </summary>
internal static partial class DietaryRule
{
    private static readonly (Regex Pattern, bool NeedsCue, string Es, string En)[] Concepts =
    [
        (Gluten(), false, "sin gluten", "gluten-free"),
        (Vegan(), false, "vegano", "vegan"),
        (Vegetarian(), false, "vegetariano", "vegetarian"),
        (Lactose(), true, "sin lactosa", "lactose-free"),
        (Peanut(), true, "alergia al maní", "peanut allergy"),
        (Nut(), true, "alergia a las nueces", "nut allergy"),
        (Shellfish(), true, "alergia a los mariscos", "shellfish allergy"),
        (Halal(), false, "halal", "halal"),
        (Kosher(), false, "kosher", "kosher"),
    ];

    public static IReadOnlyList<string> Find(string normalized, string language) =>
        [.. Concepts.Where(c => c.Pattern.IsMatch(normalized) && (!c.NeedsCue || Avoid().IsMatch(normalized))).Select(c => language == "en" ? c.En : c.Es)];

    [GeneratedRegex(@"\balerg\w*|\ballerg\w*|\bsin\b|\bwithout\b|\bfree\b|\bavoid\w*|\bevitar\b|\bintoleran\w*|\bno (?:puede|puedo|podemos|pueden|come|como|comemos|comen)\b|\bcan t (?:eat|have)\b|\bcannot (?:eat|have)\b|\bdon t eat\b|\bdoesn t eat\b|\breaccion\w*|\breaction\b|\bno (?:nuts|peanuts|shellfish|dairy|seafood)\b|\bdeslactosad\w*")]
    private static partial Regex Avoid();

    [GeneratedRegex(@"\bgluten\b|\bceliac\w*|\bcoeliac\w*|\bceliaqu\w*")]
    private static partial Regex Gluten();

    [GeneratedRegex(@"\bvegan(?:o|a|os|as|s)?\b")]
    private static partial Regex Vegan();

    [GeneratedRegex(@"\bvegetarian(?:o|a|os|as|s)?\b|\bveggie\b")]
    private static partial Regex Vegetarian();

    [GeneratedRegex(@"\blactos\w*|\bdeslactosad\w*|\blacteos?\b|\bdairy\b")]
    private static partial Regex Lactose();

    [GeneratedRegex(@"\bmani\b|\bcacahuat\w*|\bcacahuet\w*|\bpeanuts?\b")]
    private static partial Regex Peanut();

    [GeneratedRegex(@"\bnuez\b|\bnueces\b|\bfrutos secos\b|\bnuts?\b|\btree nuts?\b|\balmendras?\b|\bwalnuts?\b|\bpecans?\b|\balmonds?\b")]
    private static partial Regex Nut();

    [GeneratedRegex(@"\bmariscos?\b|\bshellfish\b|\bcamarones?\b|\blangostinos?\b|\bshrimps?\b|\bcrustace\w*|\bseafood\b")]
    private static partial Regex Shellfish();

    [GeneratedRegex(@"\bhalal\b")]
    private static partial Regex Halal();

    [GeneratedRegex(@"\bkosher\b")]
    private static partial Regex Kosher();
}
