using Tendero.Core;
using Tendero.Simulator;

namespace Tendero.Bench.Pacing;

/// <summary>Prints the lanes' table and the four targets; returns true when every target was met.</summary>
internal static class PacingReport
{
    public const double RateTarget = 0.98;

    /// <summary>
    /// A channel's three lanes must start within this long of each other: business A's rows were queued first, so a
    /// dispatcher that served the queue in order, whatever the lane, would start B and C only when A's backlog ran out.
    /// </summary>
    public const double StartSpreadTarget = 1.0;

    public static bool Print(PacingOptions options, int queued, IReadOnlyList<LaneFigures> lanes, ServerCost cost, JournalSnapshot journal, DateTimeOffset start)
    {
        Console.WriteLine();
        Console.WriteLine($"Pacing: {PacingOptions.Businesses} businesses × WhatsApp, Telegram, SMS; {queued:N0} messages queued at once; "
            + $"{options.Ramp} s ramp + {options.Seconds} s measured; {options.Users} WhatsApp users and {options.Chats} Telegram chats per business; {Environment.ProcessorCount} cores");
        Console.WriteLine($"{"lane",-18}{"limit/s",8}{"sent/s",9}{"of limit",10}{"spaced/s",10}{"min/s",7}{"max/s",7}{"sent",7}{"first s",9}{"refused",9}{"errors",8}{"recipients",12}{"closest s",11}{"too close",11}");
        foreach (var f in lanes)
        {
            Console.WriteLine($"{f.Lane.Name,-18}{f.Lane.Limits.PerSecond,8:F0}{f.Rate,9:F2}{f.OfLimit,10:P1}{f.SpacedRate,10:F2}{f.MinPerSecond,7}{f.MaxPerSecond,7}{f.Units,7:N0}"
                + $"{f.FirstAtSeconds,9:F2}{f.Refusals,9}{f.OtherErrors,8}{f.Recipients,12:N0}{(f.ClosestSeconds is { } c ? c.ToString("F3") : "-"),11}"
                + $"{(f.Lane.RecipientInterval is null ? "-" : f.TooClose.ToString()),11}");
        }
        var cores = cost.Cpu / cost.Wall;
        var others = cost.MachineCpu is { } machine ? $"; other processes {(machine - cost.Cpu) / cost.Wall:F2} cores" : "";
        Console.WriteLine($"During the window: this process (server and simulator) {cores:F2} cores, GC {cost.Gen0}/{cost.Gen1}/{cost.Gen2}, "
            + $"pause {cost.GcPause.TotalMilliseconds:F0} ms{others}");
        Console.WriteLine();
        LaneTimeline.Print(lanes.Select(f => f.Lane).ToList(), journal, start, options.Ramp, options.Seconds);

        var missed = lanes.Where(f => !f.MeetsRate(RateTarget, options.Seconds)).ToList();
        var atRate = missed.Count == 0;
        var refused = lanes.Sum(f => f.Refusals);
        var crowded = lanes.Where(f => f.TooClose > 0).ToList();
        var spread = lanes.GroupBy(f => f.Lane.Channel)
            .Select(g => (Channel: g.Key, Spread: g.Max(f => f.FirstAtSeconds) - g.Min(f => f.FirstAtSeconds))).MaxBy(s => s.Spread);
        var met = new[]
        {
            Verdict(atRate, $"rate >= {RateTarget:P0} of the limit on every lane (SMS: or one segment short, evenly spaced): "
                + (atRate ? $"lowest {lanes.Min(f => f.OfLimit):P1}" : "missed by " + string.Join(", ", missed.Select(f => $"{f.Lane.Name} {f.OfLimit:P1}")))),
            Verdict(refused == 0, $"no 429/130429/131056 from the simulator: {refused} ({string.Join(", ", lanes.Where(f => f.Refusals > 0).Select(f => $"{f.Lane.Name} {f.Refusals}"))})"),
            Verdict(crowded.Count == 0, "per recipient at most 1 per 6 s (WhatsApp) and 1/s (Telegram chats): "
                + string.Join(", ", lanes.Where(f => f.ClosestSeconds is not null).Select(f => $"{f.Lane.Name} closest {f.ClosestSeconds:F3} s"))),
            Verdict(spread.Spread <= StartSpreadTarget && atRate,
                $"fairness: each channel's 3 lanes started within {StartSpreadTarget:F0} s of each other (widest {spread.Channel.Name()} {spread.Spread:F2} s) and all ran at their limit in the same window"),
        };
        foreach (var f in crowded)
        {
            Evidence(f, journal);
        }
        return met.All(m => m);
    }

    private static bool Verdict(bool met, string what)
    {
        Console.WriteLine($"{(met ? "MET    " : "NOT MET")}  {what}");
        return met;
    }

    // The closest pairs to one recipient, with how far below the interval the gaps fell, so a shortfall can be traced to its messages.
    private static void Evidence(LaneFigures f, JournalSnapshot journal)
    {
        var interval = f.Lane.RecipientInterval!.Value;
        var gaps = journal.OutboundMessages.Where(f.Lane.Owns).OrderBy(m => m.AcceptedAt).GroupBy(m => m.To)
            .SelectMany(g => g.Zip(g.Skip(1), (a, b) => (a, b, gap: b.AcceptedAt - a.AcceptedAt)))
            .Where(p => p.gap < interval).OrderBy(p => p.gap).ToList();
        var shortBy = gaps.Select(p => (interval - p.gap).TotalMilliseconds).ToList();
        Console.WriteLine($"  {f.Lane.Name}: {gaps.Count} of {f.Units:N0} gaps under {interval.TotalSeconds:F0} s; short by <10 ms {shortBy.Count(s => s < 10)}, "
            + $"10-100 ms {shortBy.Count(s => s is >= 10 and < 100)}, >=100 ms {shortBy.Count(s => s >= 100)}");
        foreach (var (a, b, gap) in gaps.Take(3))
        {
            Console.WriteLine($"    to {a.To}: '{a.Text ?? a.ProviderId}' at {a.AcceptedAt:HH:mm:ss.fff}, then '{b.Text ?? b.ProviderId}' at {b.AcceptedAt:HH:mm:ss.fff} ({gap.TotalMilliseconds:F0} ms)");
        }
    }
}
