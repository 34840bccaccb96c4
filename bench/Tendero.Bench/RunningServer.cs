using Microsoft.AspNetCore.Builder;
using Tendero.Hosting;

namespace Tendero.Bench;

/// <summary>A server under test: where to send webhooks, and how to count what it stored once it has stopped.</summary>
internal sealed record RunningServer(
    WebApplication App, Func<CancellationToken, Task<long>>? CountRowsAsync, Func<Task>? CleanUpAsync) : IAsyncDisposable
{
    public Uri WebhookUrl => new(App.BoundAddress(), SignedBodies.Path);

    /// <summary>Stops the server (the SQLite writer drains and checkpoints on dispose), then counts the stored messages.</summary>
    public async Task<long?> StopAndCountAsync(CancellationToken ct)
    {
        await App.StopAsync(ct);
        await App.DisposeAsync();
        return CountRowsAsync is null ? null : await CountRowsAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync(); // a second dispose is a no-op
        if (CleanUpAsync is not null)
        {
            await CleanUpAsync();
        }
    }
}
