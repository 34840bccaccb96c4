namespace Tendero.Simulator.Infrastructure;

/// <summary>
/// Counts background work (scheduled statuses, webhook retries) so tests can wait until nothing is pending or in flight.
/// A background failure that is not an expected HTTP error is kept and rethrown by <see cref="WhenIdleAsync"/>, so bugs surface in tests.
/// </summary>
internal sealed class IdleTracker
{
    private readonly Lock gate = new();
    private int pending;
    private TaskCompletionSource idle = NewIdle(completed: true);
    private Exception? fault;

    public void Run(Func<Task> work, CancellationToken stopping)
    {
        Enter();
        _ = Task.Run(async () =>
        {
            try
            {
                await work();
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                // The simulator is stopping; pending statuses die with it, as a provider outage would lose them.
            }
            catch (Exception e)
            {
                lock (gate)
                {
                    fault ??= e;
                }
            }
            finally
            {
                Exit();
            }
        }, CancellationToken.None);
    }

    /// <summary>The timeout is wall-clock: with a fake clock, pending statuses wait for the test to advance time, and the wait must still end.</summary>
    public async Task WhenIdleAsync(TimeSpan timeout, CancellationToken ct)
    {
        Task waiting;
        lock (gate)
        {
            waiting = idle.Task;
        }

        try
        {
            await waiting.WaitAsync(timeout, TimeProvider.System, ct);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The simulator still had {Volatile.Read(ref pending)} webhook job(s) pending after {timeout}.");
        }

        lock (gate)
        {
            if (fault is not null)
            {
                throw new InvalidOperationException("A simulator background job failed.", fault);
            }
        }
    }

    private void Enter()
    {
        lock (gate)
        {
            if (pending++ == 0)
            {
                idle = NewIdle(completed: false);
            }
        }
    }

    private void Exit()
    {
        lock (gate)
        {
            if (--pending == 0)
            {
                idle.TrySetResult();
            }
        }
    }

    private static TaskCompletionSource NewIdle(bool completed)
    {
        var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (completed)
        {
            source.SetResult();
        }

        return source;
    }
}
