using System.Diagnostics;
using Tendero.Core;
using Tendero.Delivery.Chains;
using Tendero.Storage;

namespace Tendero.Bench.Timers;

/// <summary>
/// Times the queries of the chain runner's round when nothing is due, with every chain waiting and the runner not yet
/// started (so it cannot race the measurement): the claim (a write: an UPDATE over the due range, empty here), the
/// look-up of the next due time, and the wake-up pass that opens every round (<see cref="ChainSignalStore.WakeAsync"/>),
/// both with nothing new and after one new message, as the runner meets it whenever any message came or went since its last round.
/// </summary>
internal static class ScanLatency
{
    public sealed record Result(Percentiles ClaimMs, Percentiles NextMs, Percentiles WakeIdleMs, Percentiles WakeAfterMessageMs, int Claimed);

    public static async Task<Result> MeasureAsync(
        ChainStore store, ChainSignalStore signals, Outbox outbox, ChainOptions options, TimeSpan budget, int wakes, CancellationToken ct)
    {
        var afterMessage = new List<double>();
        for (var i = 0; i < wakes; i++)
        {
            // A message the runner has not seen yet, as any webhook or queued reply makes; the dispatcher is off, so it only waits.
            await outbox.EnqueueAsync(TimerBusiness.Id, new Address(ChannelKind.Telegram, "700100200"), $"wake probe {i}", ct);
            afterMessage.Add(await TimeAsync(() => signals.WakeAsync(ct)));
        }
        var claim = new List<double>();
        var next = new List<double>();
        var idle = new List<double>();
        var claimed = 0;
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < budget)
        {
            claim.Add(await TimeAsync(async () => claimed += (await store.ClaimDueAsync(options.Lease, options.BatchSize, ct)).Count));
            next.Add(await TimeAsync(() => store.NextDueAsync(ct)));
            idle.Add(await TimeAsync(() => signals.WakeAsync(ct)));
        }
        return new Result(Percentiles.Of(claim), Percentiles.Of(next), Percentiles.Of(idle), Percentiles.Of(afterMessage), claimed);
    }

    private static async Task<double> TimeAsync(Func<Task> call)
    {
        var t = Stopwatch.GetTimestamp();
        await call();
        return Stopwatch.GetElapsedTime(t).TotalMilliseconds;
    }
}
