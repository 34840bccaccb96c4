namespace Tendero.Connectors.EscPos;

/// <summary>A token that is cancelled after a timeout on the given clock, or when the caller's token is.</summary>
internal sealed class Deadline : IDisposable
{
    private readonly CancellationTokenSource timer;
    private readonly CancellationTokenSource linked;

    public Deadline(TimeSpan timeout, TimeProvider time, CancellationToken ct)
    {
        timer = new CancellationTokenSource(timeout, time);
        linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timer.Token);
    }

    public CancellationToken Token => linked.Token;

    public void Dispose()
    {
        linked.Dispose();
        timer.Dispose();
    }
}
