using System.Diagnostics;

namespace Tendero.Bench;

/// <summary>What the server process spent while a load run lasted: CPU, allocations and garbage collections.</summary>
internal sealed record ServerCost(
    TimeSpan Cpu, TimeSpan Wall, long AllocatedBytes, int Gen0, int Gen1, int Gen2, TimeSpan GcPause, TimeSpan? MachineCpu)
{
    public static Snapshot Start() => new(Process.GetCurrentProcess().TotalProcessorTime, Stopwatch.GetTimestamp(),
        GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(),
        MachineBusy());

    /// <summary>The counters at one moment; <see cref="Since"/> turns two of them into a cost.</summary>
    internal sealed record Snapshot(TimeSpan Cpu, long At, long Allocated, int Gen0, int Gen1, int Gen2, TimeSpan Pause, TimeSpan? Machine)
    {
        public ServerCost Since()
        {
            var now = Start();
            return new ServerCost(now.Cpu - Cpu, Stopwatch.GetElapsedTime(At, now.At), now.Allocated - Allocated,
                now.Gen0 - Gen0, now.Gen1 - Gen1, now.Gen2 - Gen2, now.Pause - Pause, now.Machine - Machine);
        }
    }

    /// <summary>One line: per request CPU and allocations, the cores used on average, and what other processes took.</summary>
    public string Describe(long requests, TimeSpan clientCpu) =>
        $"server {Cpu.TotalMicroseconds / Math.Max(1, requests):F0} µs CPU/req ({Cpu / Wall:F2} cores), "
        + $"{AllocatedBytes / 1024.0 / Math.Max(1, requests):F1} KB alloc/req, GC {Gen0}/{Gen1}/{Gen2}, pause {GcPause.TotalMilliseconds:F0} ms; "
        + $"client {clientCpu.TotalMicroseconds / Math.Max(1, requests):F0} µs CPU/req ({clientCpu / Wall:F2} cores)"
        + (MachineCpu is { } machine ? $"; other processes (a local PostgreSQL included) {(machine - Cpu - clientCpu) / Wall:F2} cores" : "");

    // Linux only: all CPU time the machine spent (user, nice, system, irq, softirq, steal), to see other load.
    private static TimeSpan? MachineBusy()
    {
        if (!File.Exists("/proc/stat"))
        {
            return null;
        }
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ticks = new[] { 1, 2, 3, 6, 7, 8 }.Sum(i => long.Parse(fields[i]));
        return TimeSpan.FromSeconds(ticks / 100.0); // USER_HZ is 100 on Linux
    }
}
