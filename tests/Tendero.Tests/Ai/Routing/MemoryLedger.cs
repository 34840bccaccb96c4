using Tendero.Ai;
using Tendero.Ai.Routing;

namespace Tendero.Tests.Ai.Routing;

/// <summary>The cost ledger as a list.</summary>
internal sealed class MemoryLedger : IModelLedger
{
    public List<ModelCall> Calls { get; } = [];

    public Task RecordAsync(ModelCall call, CancellationToken ct)
    {
        Calls.Add(call);
        return Task.CompletedTask;
    }

    public Task<long> SpentSinceAsync(string businessId, ModelTier tier, DateTimeOffset since, CancellationToken ct) =>
        Task.FromResult(Calls.Where(c => c.BusinessId == businessId && c.Tier == tier && c.At >= since).Sum(c => c.AmountMicros));

    public IEnumerable<(ModelTier Tier, CallOutcome Outcome)> Outcomes => Calls.Select(c => (c.Tier, c.Outcome));
}
