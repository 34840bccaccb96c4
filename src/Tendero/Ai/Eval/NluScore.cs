namespace Tendero.Ai.Eval;

/// <summary>How many cases of one intent there were and how many the tier got right.</summary>
public sealed record IntentScore(int Count, int Correct)
{
    public double Accuracy => Count == 0 ? 0 : (double)Correct / Count;
}

/// <summary>
/// Slot counts and the figures from them. With nothing predicted precision is 1 (nothing was wrong); with nothing
/// expected recall is 1 (nothing was missed); F1 is 0 when both are 0.
/// </summary>
public sealed record SlotScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static SlotScore operator +(SlotScore a, SlotScore b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);
}

/// <summary>A tier's figures over an evaluation set. Per-intent counts are by expected intent.</summary>
public sealed record NluScore(
    int Total,
    int IntentCorrect,
    int LanguageCorrect,
    IReadOnlyDictionary<string, IntentScore> PerIntent,
    IReadOnlyDictionary<string, SlotScore> PerSlot,
    SlotScore Micro)
{
    public double IntentAccuracy => Total == 0 ? 0 : (double)IntentCorrect / Total;

    public double LanguageAccuracy => Total == 0 ? 0 : (double)LanguageCorrect / Total;
}
