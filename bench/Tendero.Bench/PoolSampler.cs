namespace Tendero.Bench;

/// <summary>
/// Samples the server's thread pool every 50 ms while a load runs: a queue that stays long with few threads means
/// requests wait for a thread (starvation), not for the CPU or the disk.
/// </summary>
internal sealed class PoolSampler : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private long samples;
    private long queued;
    private long maxQueued;
    private int maxThreads;

    public PoolSampler() => loop = RunAsync();

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await loop;
        stop.Dispose();
    }

    public override string ToString() =>
        $"pool threads max {maxThreads}, queued work items mean {queued / (double)Math.Max(1, samples):F0} max {maxQueued}";

    private async Task RunAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50), TimeProvider.System);
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                var pending = ThreadPool.PendingWorkItemCount;
                samples++;
                queued += pending;
                maxQueued = Math.Max(maxQueued, pending);
                maxThreads = Math.Max(maxThreads, ThreadPool.ThreadCount);
            }
        }
        catch (OperationCanceledException)
        {
            // stopped
        }
    }
}
