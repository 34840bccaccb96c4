namespace Tendero.Cli.Demo.Evening;

/// <summary>
/// Waiting on the real clock for something the server does, whatever the demo's clock says: the server's answers take
/// real time at any --speed.
/// </summary>
internal static class RealTime
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    /// <summary>True as soon as <paramref name="condition"/> holds; false when <paramref name="timeout"/> (real time) passes first.</summary>
    public static async Task<bool> UntilAsync(Func<bool> condition, TimeSpan timeout, CancellationToken ct)
    {
        var start = TimeProvider.System.GetTimestamp();
        while (!condition())
        {
            if (TimeProvider.System.GetElapsedTime(start) >= timeout)
            {
                return false;
            }
            await Task.Delay(Poll, TimeProvider.System, ct);
        }
        return true;
    }
}
