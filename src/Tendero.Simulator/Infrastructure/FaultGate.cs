namespace Tendero.Simulator.Infrastructure;

/// <summary>What a send endpoint should do before its real work, per <see cref="FaultSettings"/>.</summary>
internal enum FaultOutcome
{
    None,
    ServerError,
    Timeout,
    RateLimited,
}

internal static class FaultGate
{
    public static FaultOutcome Draw(SimContext context)
    {
        if (context.Random.Chance(context.Faults.ServerErrorRate))
        {
            return FaultOutcome.ServerError;
        }

        if (context.Random.Chance(context.Faults.RateLimitRate))
        {
            return FaultOutcome.RateLimited;
        }

        return context.Random.Chance(context.Faults.TimeoutRate) ? FaultOutcome.Timeout : FaultOutcome.None;
    }

    /// <summary>
    /// Holds the request so the client times out. Returns false when the client hung up (or the simulator stopped)
    /// first; the caller then writes nothing. True means the hold ran out and the caller answers a server error.
    /// </summary>
    public static async Task<bool> HoldAsync(SimContext context, CancellationToken requestAborted)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, context.Stopping);
        try
        {
            await context.DelayAsync(context.Faults.TimeoutHold, linked.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
