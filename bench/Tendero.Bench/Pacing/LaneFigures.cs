using Tendero.Simulator;

namespace Tendero.Bench.Pacing;

/// <summary>
/// What the simulator saw of one lane. <see cref="Rate"/> is the units (messages; SMS segments) accepted in the window
/// divided by its length. <see cref="SpacedRate"/> is the units between the first and the last acceptance in the
/// window divided by the time between them: the same thing for a lane that was busy throughout, but free of the plain
/// count's ±1 message at the window's edges, which is ±3 % for SMS at 1/s over 30 s.
/// </summary>
internal sealed record LaneFigures(
    PacedLane Lane, int Units, double Rate, double SpacedRate, int MinPerSecond, int MaxPerSecond, int Refusals, int OtherErrors,
    double FirstAtSeconds, int Recipients, double? ClosestSeconds, int TooClose)
{
    public double OfLimit => Rate / Lane.Limits.PerSecond;

    /// <summary>
    /// At least <paramref name="target"/> of the limit by the plain count. Where one unit is over 1 % of the window's
    /// work (SMS), one unit of edge error is forgiven if the spacing between sends also meets the target.
    /// </summary>
    public bool MeetsRate(double target, double windowSeconds) =>
        OfLimit >= target || (Lane.Limits.PerSecond * windowSeconds < 100
            && (Units + 1) / (Lane.Limits.PerSecond * windowSeconds) >= target && SpacedRate / Lane.Limits.PerSecond >= target);

    public static LaneFigures Measure(PacedLane lane, JournalSnapshot journal, DateTimeOffset start, DateTimeOffset from, DateTimeOffset to)
    {
        var accepted = journal.OutboundMessages.Where(lane.Owns).OrderBy(m => m.AcceptedAt).ToList();
        var inWindow = accepted.Where(m => m.AcceptedAt >= from && m.AcceptedAt < to).ToList();
        var spaced = inWindow.Count < 2 ? 0
            : inWindow.SkipLast(1).Sum(UnitsOf) / (inWindow[^1].AcceptedAt - inWindow[0].AcceptedAt).TotalSeconds;
        var seconds = (int)Math.Round((to - from).TotalSeconds);
        var perSecond = new int[seconds];
        foreach (var m in inWindow)
        {
            perSecond[Math.Min(seconds - 1, (int)(m.AcceptedAt - from).TotalSeconds)] += UnitsOf(m);
        }
        var sends = journal.Requests.Where(lane.IsSend).ToList();
        var (closest, tooClose) = Spacing(lane, accepted);
        return new LaneFigures(lane, inWindow.Sum(UnitsOf), inWindow.Sum(UnitsOf) / (to - from).TotalSeconds, spaced, perSecond.DefaultIfEmpty().Min(), perSecond.DefaultIfEmpty().Max(),
            sends.Count(PacedLane.IsRefusal), sends.Count(r => r.HttpStatus is < 200 or >= 300 && !PacedLane.IsRefusal(r)),
            accepted.Count == 0 ? double.NaN : (accepted[0].AcceptedAt - start).TotalSeconds,
            accepted.Select(m => m.To).Distinct().Count(), closest, tooClose);
    }

    private static int UnitsOf(OutboundMessageRecord m) => m.Segments ?? 1;

    // The shortest time between two accepted messages to one recipient over the whole run, and how many gaps were
    // shorter than the provider's spacing. Times are the simulator's arrival clock, which is what a provider judges by.
    private static (double? Closest, int TooClose) Spacing(PacedLane lane, IReadOnlyList<OutboundMessageRecord> accepted)
    {
        if (lane.RecipientInterval is not { } interval)
        {
            return (null, 0);
        }
        var gaps = accepted.GroupBy(m => m.To)
            .SelectMany(g => g.Zip(g.Skip(1), (a, b) => b.AcceptedAt - a.AcceptedAt))
            .ToList();
        return gaps.Count == 0 ? (null, 0) : (gaps.Min().TotalSeconds, gaps.Count(g => g < interval));
    }
}
