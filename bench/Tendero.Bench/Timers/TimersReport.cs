namespace Tendero.Bench.Timers;

/// <summary>Prints the seeding, idle-scan, lateness and memory figures and the two targets; true when both were met.</summary>
internal static class TimersReport
{
    public const double LatenessTargetMs = 1000;
    public const long MemoryTargetBytes = 300L * 1024 * 1024;

    public sealed record Figures(
        TimeSpan Seeded, long FileBytes, ScanLatency.Result Scan, Lateness.Result Lateness,
        (long WorkingSet, long Heap) SeedMemory, (long WorkingSet, long Heap) WaitMemory, (long WorkingSet, long Heap) StreamMemory);

    public static bool Print(TimerOptions options, Figures f)
    {
        Console.WriteLine();
        Console.WriteLine($"Timers: {options.Chains:N0} pending chains on SQLite ({options.FarCount:N0} due in 1 h–30 days, "
            + $"{options.StreamCount:N0} parked a year away, then made due at {options.PerSecond}/s for {options.Seconds} s once the runner runs), "
            + $"chain runner only, real clock, {Environment.ProcessorCount} cores");
        Console.WriteLine($"Seeding: {options.Chains:N0} rows in {f.Seeded.TotalSeconds:F1} s = {options.Chains / f.Seeded.TotalSeconds:N0} rows/s "
            + $"(StartAsync's INSERT prepared once per transaction, {options.Batch:N0} rows per transaction, synchronous=FULL); database {f.FileBytes / 1048576.0:N0} MB");
        Console.WriteLine();
        Console.WriteLine($"The runner's idle round, nothing due, {options.Chains:N0} waiting, runner not started, one call at a time");
        Console.WriteLine($"{"call",-46}{"calls",8}{"p50 ms",10}{"p99 ms",10}{"max ms",10}");
        Row("ChainStore.ClaimDueAsync", f.Scan.ClaimMs);
        Row("ChainStore.NextDueAsync", f.Scan.NextMs);
        Row("ChainSignalStore.WakeAsync, nothing new", f.Scan.WakeIdleMs);
        Row("ChainSignalStore.WakeAsync, after 1 new message", f.Scan.WakeAfterMessageMs);
        if (f.Scan.Claimed > 0)
        {
            Console.WriteLine($"  ({f.Scan.Claimed} chains were claimed during the idle scan: something was due that should not have been)");
        }
        Console.WriteLine();
        var l = f.Lateness;
        Console.WriteLine($"Lateness of the stream's first step (chain_events.at − next_at it was due at)");
        Console.WriteLine($"{"chains",8}{"stepped",9}{"missing",9}{"p50 ms",9}{"p99 ms",9}{"max ms",9}{"earliest ms",13}");
        Console.WriteLine($"{options.StreamCount,8:N0}{l.Ms.Count,9:N0}{l.Missing,9:N0}{l.Ms.P50,9:F0}{l.Ms.P99,9:F0}{l.Ms.Max,9:F0}{l.Early,13:F0}");
        Console.WriteLine();
        Console.WriteLine($"{"memory, peak",-30}{"working set MB",16}{"GC heap MB",12}");
        Memory("seeding (bench inserts)", f.SeedMemory);
        Memory("waiting, idle round timed", f.WaitMemory);
        Memory("runner, stream coming due", f.StreamMemory);
        if (MemorySampler.LifetimePeak() is { } hwm)
        {
            Console.WriteLine($"{"process lifetime (VmHWM)",-30}{hwm / 1048576.0,16:N0}");
        }
        Console.WriteLine();
        var serving = Math.Max(f.WaitMemory.WorkingSet, f.StreamMemory.WorkingSet);
        var late = Verdict(l.Missing == 0 && l.Ms.P99 <= LatenessTargetMs,
            $"p99 lateness <= {LatenessTargetMs:N0} ms with every due chain stepped: p99 {l.Ms.P99:N0} ms, {l.Missing:N0} missing");
        var memory = Verdict(serving <= MemoryTargetBytes,
            $"working set <= {MemoryTargetBytes / 1048576} MB while {options.Chains:N0} chains wait and come due: peak {serving / 1048576.0:N0} MB");
        return late && memory;
    }

    private static void Row(string call, Percentiles p) => Console.WriteLine($"{call,-46}{p.Count,8:N0}{p.P50,10:F2}{p.P99,10:F2}{p.Max,10:F2}");

    private static void Memory(string phase, (long WorkingSet, long Heap) peak) =>
        Console.WriteLine($"{phase,-30}{peak.WorkingSet / 1048576.0,16:N0}{peak.Heap / 1048576.0,12:N0}");

    private static bool Verdict(bool met, string what)
    {
        Console.WriteLine($"{(met ? "MET    " : "NOT MET")}  {what}");
        return met;
    }
}
