namespace Tendero.Bench;

/// <summary>Waits on a <see cref="TimeProvider"/> until a moment that may already have passed.</summary>
internal static class Waits
{
    // Computed once: a TimeSpan that turned slightly negative between a check and the call would mean "forever" (-1 ms).
    public static Task UntilAsync(DateTimeOffset at, TimeProvider time, CancellationToken ct)
    {
        var wait = at - time.GetUtcNow();
        return wait > TimeSpan.Zero ? Task.Delay(wait, time, ct) : Task.CompletedTask;
    }
}
