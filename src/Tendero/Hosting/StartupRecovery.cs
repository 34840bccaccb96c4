using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tendero.Delivery;
using Tendero.Storage;

namespace Tendero.Hosting;

/// <summary>
/// On SQLite one process owns the file, so at start every lease left by an earlier boot belongs to a process that
/// died: those rows go straight back to the queue instead of waiting for their lease to run out.
/// On PostgreSQL other nodes may be alive; there the dispatcher's rescue of expired leases does the job.
/// </summary>
public sealed partial class StartupRecovery(IDatabase database, Outbox outbox, IOptions<ServerOptions> server, WorkSignals signals, ILogger<StartupRecovery> log)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Log.Database(log, database.Description);
        if (database.Dialect != Dialect.Sqlite)
        {
            return;
        }
        var released = await outbox.ReleaseOtherLeasesAsync(server.Value.NodeId, cancellationToken);
        if (released > 0)
        {
            Log.Released(log, released);
            signals.Outbound.Wake();
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static partial class Log
    {
        [LoggerMessage(30, LogLevel.Information, "Using {Database}")]
        public static partial void Database(ILogger log, string database);

        [LoggerMessage(31, LogLevel.Warning, "{Count} messages were being sent when the last process stopped; they are queued again")]
        public static partial void Released(ILogger log, int count);
    }
}
