using Tendero.Ai;
using Tendero.Ai.Routing;

namespace Tendero.Cli.Eval;

/// <summary>
/// The cost ledger of one evaluation run, in memory: the eval needs every call's cost and outcome, not a database.
/// Budgets still hold, counted from this run's own calls.
/// </summary>
internal sealed class EvalLedger : IModelLedger
{
    private readonly Lock gate = new();
    private readonly List<ModelCall> calls = [];

    public IReadOnlyList<ModelCall> Calls
    {
        get
        {
            lock (gate)
            {
                return [.. calls];
            }
        }
    }

    public Task RecordAsync(ModelCall call, CancellationToken ct)
    {
        lock (gate)
        {
            calls.Add(call);
        }
        return Task.CompletedTask;
    }

    public Task<long> SpentSinceAsync(string businessId, ModelTier tier, DateTimeOffset since, CancellationToken ct)
    {
        lock (gate)
        {
            return Task.FromResult(calls.Where(c => c.BusinessId == businessId && c.Tier == tier && c.At >= since).Sum(c => c.AmountMicros));
        }
    }
}
