using Tendero.Ai;
using Tendero.Ai.Routing;

namespace Tendero.Telemetry;

/// <summary>Counts each model call (tier, outcome, tokens, cost) as the router records it, then records it.</summary>
public sealed class MeteredModelLedger(IModelLedger inner, TenderoMetrics metrics) : IModelLedger
{
    public async Task RecordAsync(ModelCall call, CancellationToken ct)
    {
        await inner.RecordAsync(call, ct);
        metrics.ModelCall(call.Tier.Name(), call.Outcome.Name(), call.InputTokens, call.OutputTokens, call.AmountMicros, call.Currency);
    }

    public Task<long> SpentSinceAsync(string businessId, ModelTier tier, DateTimeOffset since, CancellationToken ct) =>
        inner.SpentSinceAsync(businessId, tier, since, ct);
}
