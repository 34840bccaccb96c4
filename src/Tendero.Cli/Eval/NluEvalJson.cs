using System.Text.Json;
using System.Text.Json.Nodes;
using Tendero.Ai;
using Tendero.Ai.Eval;
using Tendero.Core;

namespace Tendero.Cli.Eval;

/// <summary>
/// The report as one JSON object (snake_case, tiers by name, money in integer micro-units with its currency), for
/// scripts that compare runs: <c>intent_accuracy</c>, <c>intents</c>, <c>slots</c> (with <c>micro</c>), <c>tier_mix</c>,
/// <c>cost_micros</c> and <c>currency</c>, <c>model_calls</c>, <c>latency_ms</c> (<c>p50</c>, <c>p95</c>), <c>misclassified</c>.
/// </summary>
internal static class NluEvalJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Write(NluEvalReport report, int misses)
    {
        var score = report.Score;
        var slots = new JsonObject();
        foreach (var (name, slot) in score.PerSlot)
        {
            slots[name] = Slot(slot);
        }
        slots["micro"] = Slot(score.Micro);
        var json = new JsonObject
        {
            ["file"] = report.File,
            ["business"] = report.Business,
            ["tier"] = report.Tier,
            ["cases"] = score.Total,
            ["skipped_lines"] = report.SkippedLines,
            ["intent_accuracy"] = Round(score.IntentAccuracy),
            ["intent_correct"] = score.IntentCorrect,
            ["intents"] = new JsonObject(score.PerIntent.Where(i => i.Value.Count > 0).Select(i => KeyValuePair.Create<string, JsonNode?>(i.Key,
                new JsonObject { ["count"] = i.Value.Count, ["correct"] = i.Value.Correct, ["accuracy"] = Round(i.Value.Accuracy) }))),
            ["slots"] = slots,
            ["tier_mix"] = new JsonObject(Enum.GetValues<ModelTier>().Select(t => KeyValuePair.Create<string, JsonNode?>(t.Name(),
                new JsonObject { ["count"] = report.TierMix[t], ["share"] = Round(report.Share(t)) }))),
            ["cost_micros"] = report.MainCost.Micros,
            ["currency"] = report.MainCost.Currency,
            ["cost"] = NluEvalText.Cost(report.Costs),
            ["costs"] = new JsonArray([.. report.Costs.Select(c => new JsonObject { ["micros"] = c.Micros, ["currency"] = c.Currency })]),
            ["model_calls"] = report.Calls,
            ["failed_model_calls"] = report.FailedCalls,
            ["latency_ms"] = new JsonObject { ["p50"] = Math.Round(report.P50Ms, 1), ["p95"] = Math.Round(report.P95Ms, 1) },
            ["misclassified"] = new JsonArray([.. report.Misses.Take(misses).Select(m => new JsonObject
            {
                ["line"] = m.Line, ["text"] = m.Text, ["expected"] = m.Expected, ["got"] = m.Got, ["tier"] = m.Tier.Name(),
            })]),
        };
        return json.ToJsonString(Indented);
    }

    private static JsonObject Slot(SlotScore s) => new()
    {
        ["precision"] = Round(s.Precision), ["recall"] = Round(s.Recall), ["f1"] = Round(s.F1),
        ["tp"] = s.TruePositives, ["fp"] = s.FalsePositives, ["fn"] = s.FalseNegatives,
    };

    private static double Round(double value) => Math.Round(value, 4);
}
