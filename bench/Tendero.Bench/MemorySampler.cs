namespace Tendero.Bench;

/// <summary>
/// Samples this process's working set (what the OS charges it: managed heap, native SQLite caches, code) and its GC
/// heap every 50 ms. <see cref="Take"/> returns the peaks since the last call, so each phase of a run gets its own.
/// </summary>
internal sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Lock gate = new();
    private readonly Task loop;
    private long workingSet;
    private long heap;

    public MemorySampler() => loop = RunAsync();

    /// <summary>Peak working set and GC heap, in bytes, since the previous call (or the start).</summary>
    public (long WorkingSet, long Heap) Take()
    {
        Sample();
        lock (gate)
        {
            var peaks = (workingSet, heap);
            (workingSet, heap) = (0, 0);
            return peaks;
        }
    }

    /// <summary>The highest working set the process ever had (Linux VmHWM), or null elsewhere.</summary>
    public static long? LifetimePeak() => File.Exists("/proc/self/status")
        ? File.ReadLines("/proc/self/status").Where(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))
            .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024).FirstOrDefault()
        : null;

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await loop;
        stop.Dispose();
    }

    private void Sample()
    {
        var ws = Environment.WorkingSet;
        var gc = GC.GetTotalMemory(forceFullCollection: false);
        lock (gate)
        {
            workingSet = Math.Max(workingSet, ws);
            heap = Math.Max(heap, gc);
        }
    }

    private async Task RunAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50), TimeProvider.System);
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                Sample();
            }
        }
        catch (OperationCanceledException)
        {
            // stopped
        }
    }
}
