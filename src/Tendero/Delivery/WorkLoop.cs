namespace Tendero.Delivery;

/// <summary>
/// The loop every ledger worker runs: round after round while a round finds work; otherwise sleep until the next row
/// is due, a wake signal, or the idle poll, whichever comes first. A failed round is reported and tried again after
/// the idle poll, so one bad moment never stops a worker.
/// </summary>
public static class WorkLoop
{
    public static async Task RunAsync(
        Func<CancellationToken, Task<int>> round, Func<CancellationToken, Task<DateTimeOffset?>> nextDue, WakeSignal wake,
        TimeSpan idlePoll, TimeProvider time, Action<Exception> failed, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                if (await round(ct) > 0)
                {
                    continue;
                }
                var next = await nextDue(ct);
                var sleep = next is null ? idlePoll : next.Value - time.GetUtcNow();
                await wake.WaitAsync(sleep < idlePoll ? sleep : idlePoll, time, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                failed(e);
                await Task.Delay(idlePoll, time, ct);
            }
        }
    }
}
