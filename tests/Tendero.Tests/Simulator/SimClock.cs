namespace Tendero.Tests.Simulator;

/// <summary>Fake-clock helpers for requests whose timer starts on the simulator's side, a moment after the test sent them.</summary>
public static class SimClock
{
    /// <summary>
    /// Advances the fake clock by <paramref name="step"/> until <paramref name="pending"/> completes. Repeats because the request
    /// may start its timer only after the first advance; bounded (wall clock) so a broken simulator fails the test instead of hanging it.
    /// </summary>
    public static async Task<T> AdvanceUntilAsync<T>(SimHarness h, Task<T> pending, TimeSpan step)
    {
        for (var i = 0; i < 50 && !pending.IsCompleted; i++)
        {
            h.Time.Advance(step);
            await Task.WhenAny(pending, Task.Delay(TimeSpan.FromMilliseconds(50), TimeProvider.System));
        }

        return await pending.WaitAsync(TimeSpan.FromSeconds(1), TimeProvider.System);
    }
}
