using Microsoft.Extensions.Hosting;

namespace Tendero.Ai.Offline;

/// <summary>
/// Trains the offline classifier in the background as the server starts (a couple of seconds), so the first customer
/// message does not wait for it. Starting is not delayed: a message that comes first simply waits for the same training.
/// </summary>
public sealed class OfflineWarmUp : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(() => OfflineNlu.Shared, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
