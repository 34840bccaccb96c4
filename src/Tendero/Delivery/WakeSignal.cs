namespace Tendero.Delivery;

/// <summary>
/// Wakes a sleeping worker early. Many wakes before the worker looks collapse into one, which is all it needs:
/// it then takes every row that is due.
/// </summary>
public sealed class WakeSignal : IDisposable
{
    private readonly SemaphoreSlim gate = new(0, 1);

    public void Wake()
    {
        try
        {
            gate.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already awake-pending: nothing to add.
        }
    }

    public void Dispose() => gate.Dispose();

    /// <summary>Waits for a wake, or at most <paramref name="max"/> on the given clock.</summary>
    public async Task WaitAsync(TimeSpan max, TimeProvider time, CancellationToken ct)
    {
        if (max <= TimeSpan.Zero)
        {
            return;
        }
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var woken = gate.WaitAsync(stop.Token);
        var timedOut = Task.Delay(max, time, stop.Token);
        await Task.WhenAny(woken, timedOut);
        await stop.CancelAsync();
        try
        {
            await Task.WhenAll(woken, timedOut);
        }
        catch (OperationCanceledException)
        {
            // One of the two was cancelled on purpose; a real shutdown shows up in ct below.
        }
        ct.ThrowIfCancellationRequested();
    }
}
