using System.Diagnostics.Metrics;
using Tendero.Storage;

namespace Tendero.Telemetry;

/// <summary>
/// The server's instruments, on a <see cref="Meter"/> named <see cref="MeterName"/> made by the host's
/// <see cref="IMeterFactory"/>: each host has its own, so servers sharing a process (tests) don't mix their counts.
/// Tags are names only (channel, outcome, tier, kind, lane): never message text, addresses or numbers.
/// </summary>
public sealed class TenderoMetrics
{
    public const string MeterName = "Tendero";

    /// <summary>How stale a lane depth may be before a scrape refreshes it in the background.</summary>
    private static readonly TimeSpan DepthRefresh = TimeSpan.FromSeconds(5);

    private readonly Counter<long> webhooks;
    private readonly Counter<long> sends;
    private readonly Counter<long> chainSteps;
    private readonly Counter<long> modelCalls;
    private readonly Counter<long> modelTokens;
    private readonly Counter<long> modelCost;
    private readonly MessageQueries? queries;
    private readonly TimeProvider time;
    private IReadOnlyList<LaneDepth> depths = [];
    private long depthsAt; // 0 until the first refresh: long ago
    private int refreshing;

    public TenderoMetrics(IMeterFactory factory, TimeProvider time, MessageQueries? queries = null)
    {
        (this.queries, this.time) = (queries, time);
        var meter = factory.Create(MeterName);
        webhooks = meter.CreateCounter<long>("tendero.webhooks.received", "{request}", "Provider webhooks received, by channel and outcome (accepted, unauthorized, bad_request, ...)");
        sends = meter.CreateCounter<long>("tendero.sends", "{message}", "Outbound sends by channel and outcome (sent, retry, rejected, refused)");
        chainSteps = meter.CreateCounter<long>("tendero.chain.steps", "{step}", "Fallback-chain steps taken, by kind (notify, wait, quiet, end) and outcome");
        modelCalls = meter.CreateCounter<long>("tendero.model.calls", "{call}", "Model calls by tier and outcome");
        modelTokens = meter.CreateCounter<long>("tendero.model.tokens", "{token}", "Model tokens by tier and direction (input, output)");
        modelCost = meter.CreateCounter<long>("tendero.model.cost", "{micro}", "Model cost in micro-units, by tier and currency");
        meter.CreateObservableGauge("tendero.lane.depth", ObserveDepths, "{message}", "Outbound messages waiting (queued or sending) per lane");
    }

    public void Webhook(string channel, string outcome) =>
        webhooks.Add(1, new("channel", channel), new("outcome", outcome));

    public void Send(string channel, string outcome) =>
        sends.Add(1, new("channel", channel), new("outcome", outcome));

    public void ChainStep(string kind, string outcome) =>
        chainSteps.Add(1, new("kind", kind), new("outcome", outcome));

    public void ModelCall(string tier, string outcome, long inputTokens, long outputTokens, long micros, string currency)
    {
        modelCalls.Add(1, new("tier", tier), new("outcome", outcome));
        modelTokens.Add(inputTokens, new("tier", tier), new("direction", "input"));
        modelTokens.Add(outputTokens, new("tier", tier), new("direction", "output"));
        modelCost.Add(micros, new("tier", tier), new("currency", currency));
    }

    // A scrape must not wait on the database: it reads the last snapshot and starts a refresh when it is old.
    private IEnumerable<Measurement<long>> ObserveDepths()
    {
        var now = time.GetTimestamp();
        if (queries is not null && time.GetElapsedTime(Interlocked.Read(ref depthsAt), now) > DepthRefresh && Interlocked.Exchange(ref refreshing, 1) == 0)
        {
            _ = RefreshAsync();
        }
        return depths.Select(d => new Measurement<long>(d.Queued + d.Sending, new KeyValuePair<string, object?>("lane", d.Lane)));
    }

    /// <summary>Reads the lane depths now (a scrape also does this, in the background, when they are older than 5 s).</summary>
    public async Task RefreshAsync()
    {
        try
        {
            if (queries is not null)
            {
                depths = await queries.LaneDepthsAsync(CancellationToken.None);
                Interlocked.Exchange(ref depthsAt, time.GetTimestamp());
            }
        }
        catch (Exception)
        {
            // The gauge keeps its last values; the status page and the logs show a database in trouble.
        }
        finally
        {
            Interlocked.Exchange(ref refreshing, 0);
        }
    }
}
