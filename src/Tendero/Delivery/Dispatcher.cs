using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tendero.Channels;
using Tendero.Config;
using Tendero.Core;
using Tendero.Hosting;
using Tendero.Storage;

namespace Tendero.Delivery;

/// <summary>
/// Takes due rows from the outbound ledger and hands them to their channel, one loop per lane (a business's channel
/// account), each paced by its own token bucket and per-recipient spacing, so one business's broadcast never holds
/// up another's replies, and within a lane replies go first. Claim, send and complete are three steps: the provider
/// is called outside any transaction, and the completion is fenced by the lease, so a row that was rescued while
/// we were slow is never completed twice.
/// </summary>
public sealed partial class Dispatcher : BackgroundService
{
    private readonly Outbox outbox;
    private readonly SendPreparer preparer;
    private readonly Businesses businesses;
    private readonly WorkSignals signals;
    private readonly DispatcherOptions settings;
    private readonly TimeProvider time;
    private readonly ILogger<Dispatcher> log;
    private readonly string owner;
    private readonly TimeSpan sendTimeout;
    private readonly Dictionary<ChannelKind, IChannel> byKind;
    private readonly IReadOnlyList<Lane> lanes;
    private readonly IReadOnlyCollection<string> laneNames;
    private readonly SemaphoreSlim inFlight;
    private readonly Telemetry.TenderoMetrics? metrics;

    public Dispatcher(
        Outbox outbox, SendPreparer preparer, Businesses businesses, IEnumerable<IChannel> channels, WorkSignals signals,
        IOptions<DispatcherOptions> options, IOptions<ServerOptions> server, TimeProvider time, ILogger<Dispatcher> log,
        Telemetry.TenderoMetrics? metrics = null)
    {
        this.metrics = metrics;
        (this.outbox, this.preparer, this.businesses, this.signals, this.time, this.log) = (outbox, preparer, businesses, signals, time, log);
        settings = options.Value;
        owner = server.Value.NodeId;
        // A send must end well inside its lease, or a rescue could hand the row to another sender while it is still in flight.
        sendTimeout = TimeSpan.FromTicks(Math.Min(server.Value.SendTimeout.Ticks, settings.Lease.Ticks / 2));
        byKind = channels.ToDictionary(c => c.Kind);
        lanes = businesses.All.SelectMany(b => b.Channels.Where(byKind.ContainsKey).Select(c => new Lane(b, c, time))).ToList();
        laneNames = lanes.Select(l => l.Name).Append("").ToList();
        inFlight = new SemaphoreSlim(settings.MaxConcurrency, settings.MaxConcurrency);
    }

    public string Owner => owner;

    /// <summary>
    /// One round over every lane, waiting for its sends: rescue expired leases, then take from each lane what its
    /// bucket allows. <paramref name="onlyId"/> sends just that message, whatever its lane (the <c>send</c> command).
    /// Returns how many rows it handled.
    /// </summary>
    public async Task<int> RunOnceAsync(CancellationToken ct, long? onlyId = null)
    {
        await outbox.RescueExpiredAsync(ct);
        if (onlyId is not null)
        {
            var rows = await outbox.ClaimDueAsync(owner, settings.Lease, 1, ct, onlyId);
            await Task.WhenAll(rows.Select(row => DispatchAsync(row, lane: null, ct)));
            return rows.Count;
        }
        var handled = await FailOrphansAsync(ct);
        foreach (var lane in lanes)
        {
            var round = await RoundAsync(lane, ct);
            await Task.WhenAll(round.Sends);
            handled += round.Claimed;
        }
        return handled;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Log.Started(log, owner, lanes.Count);
        await Task.WhenAll(lanes.Select(lane => LaneLoopAsync(lane, stoppingToken)).Append(HousekeepingAsync(stoppingToken)));
    }

    public override void Dispose()
    {
        foreach (var lane in lanes)
        {
            lane.Dispose();
        }
        inFlight.Dispose();
        base.Dispose();
    }

    private async Task LaneLoopAsync(Lane lane, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                var round = await RoundAsync(lane, ct);
                var sleep = round.Wait ?? await UntilNextDueAsync(lane, ct);
                if (sleep > TimeSpan.Zero)
                {
                    await lane.Wake.WaitAsync(sleep < settings.IdlePoll ? sleep : settings.IdlePoll, time, ct);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                Log.RoundFailed(log, lane.Name, e);
                await Task.Delay(settings.IdlePoll, time, ct);
            }
        }
    }

    // Expired leases go back to the queue, and a wake for "new outbound work" reaches every lane's loop.
    private async Task HousekeepingAsync(CancellationToken ct)
    {
        var nextRescue = time.GetUtcNow();
        while (!ct.IsCancellationRequested)
        {
            try
            {
                if (time.GetUtcNow() >= nextRescue)
                {
                    await outbox.RescueExpiredAsync(ct);
                    await FailOrphansAsync(ct);
                    nextRescue = time.GetUtcNow() + settings.IdlePoll;
                }
                await signals.Outbound.WaitAsync(settings.IdlePoll, time, ct);
                foreach (var lane in lanes)
                {
                    lane.Wake.Wake();
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                Log.RoundFailed(log, "housekeeping", e);
                await Task.Delay(settings.IdlePoll, time, ct);
            }
        }
    }

    // Rows of a lane nobody serves (the business file or its channel was removed) fail with the reason, rather than wait forever.
    private async Task<int> FailOrphansAsync(CancellationToken ct)
    {
        var rows = await outbox.ClaimDueAsync(owner, settings.Lease, settings.BatchSize, ct, notInLanes: laneNames);
        foreach (var row in rows)
        {
            await DispatchAsync(row, lane: null, ct);
        }
        return rows.Count;
    }

    private async Task<TimeSpan> UntilNextDueAsync(Lane lane, CancellationToken ct) =>
        await outbox.NextDueAsync(ct, lane.Name) is { } next ? next - time.GetUtcNow() : settings.IdlePoll;

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Dispatcher {Owner} started with {Lanes} lanes")]
        public static partial void Started(ILogger log, string owner, int lanes);

        [LoggerMessage(2, LogLevel.Error, "A dispatch round of {Lane} failed; trying again shortly")]
        public static partial void RoundFailed(ILogger log, string lane, Exception error);

        [LoggerMessage(3, LogLevel.Warning, "Message {MessageId} was rescued by another dispatcher before we finished; our result was dropped")]
        public static partial void LeaseLost(ILogger log, long messageId);

        [LoggerMessage(4, LogLevel.Debug, "Message {MessageId} will be retried after {Code} in {WaitMs} ms")]
        public static partial void Retrying(ILogger log, long messageId, string code, double waitMs);
    }
}
