using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tendero.Config;
using Tendero.Core.Chains;
using Tendero.Storage;

namespace Tendero.Delivery.Chains;

/// <summary>
/// Moves fallback chains along. Each round it turns new signals into wake-ups, claims the chains that are due,
/// reads what the ledger says about each, lets <see cref="ChainStepper"/> decide, and writes the decision in one
/// fenced transaction. A crash anywhere repeats at most a decision that was never committed.
/// </summary>
public sealed partial class ChainRunner(
    ChainStore chains, ChainSignalStore signalStore, PeopleStore people, Businesses businesses, WorkSignals signals,
    IOptions<ChainOptions> options, TimeProvider time, ILogger<ChainRunner> log, Telemetry.TenderoMetrics? metrics = null) : BackgroundService
{
    private readonly ChainOptions settings = options.Value;

    /// <summary>One round. Returns how many chains it looked at.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        await signalStore.WakeAsync(ct);
        var due = await chains.ClaimDueAsync(settings.Lease, settings.BatchSize, ct);
        var queued = 0;
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = settings.MaxConcurrency, CancellationToken = ct },
            async (chain, token) => Interlocked.Add(ref queued, await StepAsync(chain, token)));
        if (queued > 0)
        {
            signals.Outbound.Wake();
        }
        return due.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await WorkLoop.RunAsync(RunOnceAsync, chains.NextDueAsync, signals.Chains, settings.IdlePoll, time, e => Log.RoundFailed(log, e), stoppingToken);
    }

    private async Task<int> StepAsync(ChainRow chain, CancellationToken ct)
    {
        if (businesses.Find(chain.BusinessId) is not { } business)
        {
            // The business file was removed; the chain stays, parked, until it comes back or someone cancels it.
            Log.NoBusiness(log, chain.Id, chain.BusinessId);
            return 0;
        }
        var person = await people.GetAsync(chain.BusinessId, chain.PersonId, ct);
        var facts = await signalStore.FactsAsync(chain, person, ct);
        var state = new ChainState(chain.Id, ChainPlanJson.Thaw(chain.Plan), chain.IsCritical, (int)chain.Step,
            ChainSignals.TryParse(chain.WaitingFor, out var waiting) ? waiting : null,
            chain.WaitEndsAt is { } ends ? Clock.At(ends) : null, person, business.Channels, business.TimeZone);
        var decision = ChainStepper.Decide(state, facts, time.GetUtcNow());
        if (!await chains.ApplyAsync(chain, decision, ct))
        {
            Log.Superseded(log, chain.Id);
            return 0;
        }
        foreach (var step in decision.Events)
        {
            metrics?.ChainStep(step.Kind, step.Outcome);
        }
        if (decision.Ends)
        {
            Log.Ended(log, chain.Id, decision.Outcome!);
        }
        return decision.Notifies.Count;
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Error, "A chain round failed; trying again shortly")]
        public static partial void RoundFailed(ILogger log, Exception error);

        [LoggerMessage(2, LogLevel.Warning, "Chain {ChainId} belongs to business {BusinessId}, which is not loaded; it waits")]
        public static partial void NoBusiness(ILogger log, long chainId, string businessId);

        [LoggerMessage(3, LogLevel.Debug, "Chain {ChainId} changed while we looked at it; it will be looked at again")]
        public static partial void Superseded(ILogger log, long chainId);

        [LoggerMessage(4, LogLevel.Information, "Chain {ChainId} ended: {Outcome}")]
        public static partial void Ended(ILogger log, long chainId, string outcome);
    }
}
