using Tendero.Ai.Offline;

namespace Tendero.Ai.Eval;

/// <summary>
/// Scores a tier's answers against labelled cases. Intent: accuracy overall and per expected intent. Slots (date, time,
/// party_size, name, dietary): a right value is a true positive, a value where none was expected a false positive, a
/// missing value a false negative, a wrong value both. Date and time compare exactly, names ignore case, accents and
/// outer spaces, and dietary is a set in which each item counts on its own. Micro figures sum all slots' counts.
/// </summary>
public static class NluScorer
{
    public static readonly IReadOnlyList<string> SlotNames = ["date", "time", "party_size", "name", "dietary"];

    public static NluScore Score(IEnumerable<(NluCase Case, Understanding Predicted)> results)
    {
        var total = 0;
        var correct = 0;
        var language = 0;
        var perIntent = Intents.All.ToDictionary(i => i, _ => new IntentScore(0, 0));
        var perSlot = SlotNames.ToDictionary(s => s, _ => new SlotScore(0, 0, 0));
        foreach (var (expected, predicted) in results)
        {
            total++;
            var hit = expected.Intent == predicted.Intent;
            correct += hit ? 1 : 0;
            language += expected.Language == predicted.Language ? 1 : 0;
            var before = perIntent.GetValueOrDefault(expected.Intent, new IntentScore(0, 0));
            perIntent[expected.Intent] = new IntentScore(before.Count + 1, before.Correct + (hit ? 1 : 0));
            foreach (var (slot, score) in CompareSlots(expected.Slots, predicted.Slots))
            {
                perSlot[slot] += score;
            }
        }
        var micro = perSlot.Values.Aggregate(new SlotScore(0, 0, 0), (a, b) => a + b);
        return new NluScore(total, correct, language, perIntent, perSlot, micro);
    }

    /// <summary>The counts of one case, slot by slot.</summary>
    public static IReadOnlyDictionary<string, SlotScore> CompareSlots(Slots expected, Slots predicted) => new Dictionary<string, SlotScore>
    {
        ["date"] = One(expected.Date, predicted.Date),
        ["time"] = One(expected.Time, predicted.Time),
        ["party_size"] = One(expected.PartySize?.ToString(System.Globalization.CultureInfo.InvariantCulture), predicted.PartySize?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ["name"] = One(Plain(expected.Name), Plain(predicted.Name)),
        ["dietary"] = Set(expected.Dietary, predicted.Dietary),
    };

    private static SlotScore One(string? expected, string? predicted) => (expected, predicted) switch
    {
        (null, null) => new(0, 0, 0),
        (null, _) => new(0, 1, 0),
        (_, null) => new(0, 0, 1),
        _ when string.Equals(expected, predicted, StringComparison.Ordinal) => new(1, 0, 0),
        _ => new(0, 1, 1),
    };

    private static SlotScore Set(IReadOnlyList<string> expected, IReadOnlyList<string> predicted)
    {
        var want = expected.Select(Plain).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var got = predicted.Select(Plain).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return new(want.Count(got.Contains), got.Count(g => !want.Contains(g)), want.Count(w => !got.Contains(w)));
    }

    private static string? Plain(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : string.Join(' ', TextNormalizer.StripAccents(value.Trim().ToLowerInvariant()).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
