namespace Tendero.Ai.Offline;

/// <summary>
/// The slots of one message, by rules (no model): date, time, party size, name and dietary needs.
/// <para>
/// Dietary vocabulary: one canonical item per concept, named in the message's language (the <c>language</c> argument),
/// lower case. Spanish: "sin gluten", "vegano", "vegetariano", "sin lactosa", "alergia al maní", "alergia a las nueces",
/// "alergia a los mariscos", "halal", "kosher". English: "gluten-free", "vegan", "vegetarian", "lactose-free",
/// "peanut allergy", "nut allergy", "shellfish allergy", "halal", "kosher". Celiac is gluten-free; dairy-free is folded
/// into lactose-free; seafood and shrimp are shellfish. data/nlu/dev.jsonl follows the same convention.
/// </para>
/// <para>
/// The date and the time are blanked out of the text once found, so their digits never become a party size; a bare
/// number is a party size only after "para/for", "mesa para", "somos", "party of" or before "personas/people/pax".
/// </para>
/// </summary>
public static class SlotExtractor
{
    public static Slots Extract(string text, DateTimeOffset now, string language)
    {
        var normalized = TextNormalizer.Normalize(text);
        var working = NumberWords.ToDigits(normalized);
        var (date, afterDate) = DateRule.Find(working, DateOnly.FromDateTime(now.DateTime));
        var (time, afterTime) = TimeRule.Find(afterDate);
        return new Slots
        {
            Date = date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Time = time,
            PartySize = PartySizeRule.Find(afterTime),
            Name = NameRule.Find(text),
            Dietary = DietaryRule.Find(normalized, language),
        };
    }
}
