using Tendero.Ai;
using Tendero.Ai.Eval;
using Tendero.Ai.Routing;
using Tendero.Core;

namespace Tendero.Cli.Eval;

/// <summary>A wrong intent, for the report's list of misclassified cases.</summary>
internal sealed record NluMiss(int Line, string Text, string Expected, string Got, ModelTier Tier);

/// <summary>
/// What an eval run found: the scorer's figures, which tier answered how often, what the model calls cost (every call,
/// retries and failovers included, summed per currency in micro-units), and the p50/p95 latency per case.
/// </summary>
internal sealed record NluEvalReport(
    string File,
    string Business,
    string Tier,
    int SkippedLines,
    NluScore Score,
    IReadOnlyDictionary<ModelTier, int> TierMix,
    IReadOnlyList<Money> Costs,
    int Calls,
    int FailedCalls,
    double P50Ms,
    double P95Ms,
    IReadOnlyList<NluMiss> Misses)
{
    public static NluEvalReport From(
        string file, string business, string tier, int skippedLines, IReadOnlyList<NluCaseResult> results, IReadOnlyList<ModelCall> calls)
    {
        var score = NluScorer.Score(results.Select(r => (r.Case, r.Answer.Understanding)));
        var mix = Enum.GetValues<ModelTier>().ToDictionary(t => t, t => results.Count(r => r.Answer.Tier == t));
        var latencies = results.Select(r => r.LatencyMs).Order().ToList();
        var misses = results.Where(r => !r.IntentHit)
            .Select(r => new NluMiss(r.Case.Line, r.Case.Text, r.Case.Intent, r.Answer.Understanding.Intent, r.Answer.Tier)).ToList();
        return new NluEvalReport(file, business, tier, skippedLines, score, mix, CostsOf(calls), calls.Count,
            calls.Count(c => c.Outcome is not (CallOutcome.Ok or CallOutcome.Invalid)), Percentile(latencies, 50), Percentile(latencies, 95), misses);
    }

    /// <summary>The share of cases a tier answered, 0 to 1.</summary>
    public double Share(ModelTier tier) => Score.Total == 0 ? 0 : (double)TierMix[tier] / Score.Total;

    /// <summary>The cost in the one currency the calls were priced in (USD when nothing was priced).</summary>
    public Money MainCost => Costs.OrderByDescending(c => c.Micros).First();

    // Integers all the way: a float sum of micro-amounts would drift.
    private static List<Money> CostsOf(IReadOnlyList<ModelCall> calls)
    {
        var costs = calls.GroupBy(c => c.Currency).Select(g => new Money(g.Sum(c => c.AmountMicros), g.Key)).Where(m => m.Micros > 0).ToList();
        return costs.Count > 0 ? costs : [new Money(0, calls.Count > 0 ? calls[0].Currency : "USD")];
    }

    // Nearest rank: the smallest value with at least p% of the values at or below it.
    private static double Percentile(List<double> sorted, int p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Max((int)Math.Ceiling(p / 100.0 * sorted.Count) - 1, 0)];
}
