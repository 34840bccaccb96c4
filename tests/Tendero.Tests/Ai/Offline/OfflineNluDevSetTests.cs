using Tendero.Ai.Eval;
using Tendero.Ai.Offline;
using Xunit.Abstractions;

namespace Tendero.Tests.Ai.Offline;

/// <summary>The offline tier against data/nlu/dev.jsonl, a set written apart from the training examples.</summary>
public sealed class OfflineNluDevSetTests(ITestOutputHelper output)
{
    [Fact]
    public void DevSet_ReadsWithoutErrors_AndIsLargeEnough()
    {
        var read = NluCaseReader.Read(RepoFiles.DevSet);

        Assert.Empty(read.Errors);
        Assert.True(read.Cases.Count >= 320, $"{read.Cases.Count} cases");
        Assert.All(Tendero.Ai.Intents.All, intent => Assert.Contains(read.Cases, c => c.Intent == intent));
    }

    [Fact]
    public void DevSet_SharesNoTextWithTheTrainingExamples()
    {
        var training = TrainingSet.Load().Select(e => Plain(e.Text)).ToHashSet(StringComparer.Ordinal);

        var copies = NluCaseReader.Read(RepoFiles.DevSet).Cases.Where(c => training.Contains(Plain(c.Text))).Select(c => c.Text).ToList();

        Assert.True(copies.Count == 0, "dev texts also in training: " + string.Join(" | ", copies));
    }

    [Fact]
    public void Understand_DevSet_MeetsTheAccuracyAndSlotThresholds()
    {
        var cases = NluCaseReader.Read(RepoFiles.DevSet).Cases;
        var nlu = OfflineNlu.Shared;
        var results = cases.Select(c => (Case: c, Predicted: nlu.Understand(c.Text, c.Now, "es"))).ToList();

        var score = NluScorer.Score(results);

        Report(score, results);
        Assert.True(score.IntentAccuracy >= 0.90, $"intent accuracy {score.IntentAccuracy:P1}");
        Assert.True(score.Micro.F1 >= 0.85, $"slot micro F1 {score.Micro.F1:P1}");
    }

    private void Report(NluScore score, List<(NluCase Case, Tendero.Ai.Understanding Predicted)> results)
    {
        output.WriteLine($"cases {score.Total}, intent accuracy {score.IntentAccuracy:P1}, language accuracy {score.LanguageAccuracy:P1}, training {OfflineNlu.Shared.TrainingTime.TotalMilliseconds:F0} ms");
        foreach (var (intent, s) in score.PerIntent.OrderBy(p => p.Value.Accuracy))
        {
            output.WriteLine($"  {intent,-20} {s.Correct}/{s.Count} {s.Accuracy:P0}");
        }
        foreach (var (slot, s) in score.PerSlot.Append(new("micro", score.Micro)))
        {
            output.WriteLine($"  {slot,-12} P {s.Precision:P1} R {s.Recall:P1} F1 {s.F1:P1} (tp {s.TruePositives} fp {s.FalsePositives} fn {s.FalseNegatives})");
        }
        foreach (var (c, p) in results)
        {
            var slots = NluScorer.CompareSlots(c.Slots, p.Slots).Where(s => s.Value.FalsePositives + s.Value.FalseNegatives > 0).Select(s => s.Key).ToList();
            if (c.Intent != p.Intent || slots.Count > 0)
            {
                output.WriteLine($"MISS line {c.Line} [{c.Intent} → {p.Intent} {p.Confidence:F2}] {c.Text} :: {string.Join(",", slots)} want {Show(c.Slots)} got {Show(p.Slots)}");
            }
        }
    }

    private static string Show(Tendero.Ai.Slots s) => $"{s.Date}|{s.Time}|{s.PartySize}|{s.Name}|{string.Join("+", s.Dietary)}";

    private static string Plain(string text) => TextNormalizer.Normalize(text).Trim(' ', '.', '!', '?', '¿', '¡', ',');
}
