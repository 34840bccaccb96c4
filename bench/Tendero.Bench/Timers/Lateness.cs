using Dapper;
using Tendero.Storage;

namespace Tendero.Bench.Timers;

/// <summary>
/// How late each streamed chain's first step ran: the <c>at</c> of its step-0 notify event (the server's clock when
/// the step was written) minus the <c>next_at</c> it was inserted with. Chains with no such event are missing.
/// </summary>
internal static class Lateness
{
    public sealed record Result(Percentiles Ms, int Missing, double Early);

    public static async Task<Result> ReadAsync(IDatabase database, IReadOnlyList<long> ids, Func<int, long> scheduledMs, CancellationToken ct)
    {
        var at = await database.ReadAsync(async c => (await c.QueryAsync<(long ChainId, long At)>(new CommandDefinition(
            """
            SELECT chain_id, at FROM chain_events
             WHERE chain_id BETWEEN @first AND @last AND step = 0 AND kind = 'notify'
            """, new { first = ids.Min(), last = ids.Max() }, cancellationToken: ct))).ToDictionary(e => e.ChainId, e => e.At), ct);
        var late = new List<double>();
        for (var i = 0; i < ids.Count; i++)
        {
            if (at.TryGetValue(ids[i], out var ran))
            {
                late.Add(ran - scheduledMs(i));
            }
        }
        return new Result(Percentiles.Of(late), ids.Count - late.Count, late.Count == 0 ? 0 : late.Min());
    }
}
