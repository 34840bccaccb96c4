using Tendero.Ai;
using Tendero.Ai.Eval;
using Tendero.Config;

namespace Tendero.Cli.Eval;

/// <summary>
/// Puts every case through the model gateway, one at a time so that each latency is the case's own. A case's "now" is
/// the message time, seen in the business's time zone, so relative dates resolve as they would for a real message.
/// </summary>
internal sealed class NluEvalRunner(ModelGateway gateway, BusinessConfig business, ModelTier? tier, TimeProvider time)
{
    public async Task<IReadOnlyList<NluCaseResult>> RunAsync(IReadOnlyList<NluCase> cases, Action step, CancellationToken ct)
    {
        var results = new List<NluCaseResult>(cases.Count);
        foreach (var c in cases)
        {
            var at = TimeZoneInfo.ConvertTime(c.Now, business.TimeZone);
            var started = time.GetTimestamp();
            var answer = await gateway.UnderstandAsync(business, c.Text, at, tier, ct);
            results.Add(new NluCaseResult(c, answer, time.GetElapsedTime(started).TotalMilliseconds));
            step();
        }
        return results;
    }
}
