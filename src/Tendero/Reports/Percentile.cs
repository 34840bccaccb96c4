namespace Tendero.Reports;

/// <summary>Nearest-rank percentiles: the value below which the share <c>q</c> of the samples lie (no interpolation).</summary>
public static class Percentile
{
    public static TimeSpan? Of(IReadOnlyCollection<TimeSpan> samples, double q)
    {
        if (samples.Count == 0)
        {
            return null;
        }
        var sorted = samples.Order().ToList();
        var rank = (int)Math.Ceiling(q * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
