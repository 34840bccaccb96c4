using Tendero.Ai;
using Tendero.Ai.Eval;

namespace Tendero.Cli.Eval;

/// <summary>One evaluated case: what was expected, what the tiers answered (and which one), and how long it took.</summary>
internal sealed record NluCaseResult(NluCase Case, Understood Answer, double LatencyMs)
{
    public bool IntentHit => Case.Intent == Answer.Understanding.Intent;
}
