using Tendero.Simulator;

namespace Tendero.Bench.Pacing;

/// <summary>
/// Units each lane got accepted in each second since the start, one line per lane: a stall, a catch-up burst or a
/// lane that starts late shows at a glance, which the window's average hides. The measured window is bracketed.
/// </summary>
internal static class LaneTimeline
{
    public static void Print(IReadOnlyList<PacedLane> lanes, JournalSnapshot journal, DateTimeOffset start, int ramp, int seconds)
    {
        var total = ramp + seconds;
        Console.WriteLine($"Accepted per second since the start (the measured window is between [ and ]):");
        Console.WriteLine($"{"",-18}" + string.Concat(Enumerable.Range(0, total).Select(s => Cell(s, ramp, total, $"{s}"))));
        foreach (var lane in lanes)
        {
            var perSecond = new int[total];
            foreach (var m in journal.OutboundMessages.Where(lane.Owns))
            {
                var second = (int)Math.Floor((m.AcceptedAt - start).TotalSeconds);
                if (second >= 0 && second < total)
                {
                    perSecond[second] += m.Segments ?? 1;
                }
            }
            Console.WriteLine($"{lane.Name,-18}" + string.Concat(Enumerable.Range(0, total).Select(s => Cell(s, ramp, total, $"{perSecond[s]}"))));
        }
        Console.WriteLine();
    }

    private static string Cell(int second, int ramp, int total, string value) =>
        (second == ramp ? "[" : " ") + value.PadLeft(3) + (second == total - 1 ? "]" : "");
}
