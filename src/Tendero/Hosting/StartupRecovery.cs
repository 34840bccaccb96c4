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
/// It also writes the staff of every business file into the people table.
/// </summary>
public sealed partial class StartupRecovery(
    IDatabase database, Outbox outbox, Agents.EventLog events, ChainStore chains, PeopleStore people, Config.Businesses businesses, IOptions<ServerOptions> server,
    IOptions<Delivery.Chains.ChainOptions> chainOptions, WorkSignals signals, ILogger<StartupRecovery> log)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Log.Database(log, database.Description);
        foreach (var business in businesses.All)
        {
            foreach (var note in business.Models.Notes)
            {
                Log.ModelNote(log, business.Id, note);
            }
        }
        // Staff from the business files are the people alerts go to by id; the file wins over older rows.
        foreach (var business in businesses.All)
        {
            foreach (var person in business.Staff)
            {
                await people.UpsertAsync(business.Id, person, "config", cancellationToken);
            }
        }
        if (database.Dialect != Dialect.Sqlite)
        {
            return;
        }
        if (await chains.ReleaseClaimsAsync(chainOptions.Value.Lease, cancellationToken) > 0)
        {
            signals.Chains.Wake();
        }
        if (await events.ReleaseOtherLeasesAsync(server.Value.NodeId, cancellationToken) > 0)
        {
            signals.Agents.Wake();
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

        [LoggerMessage(32, LogLevel.Information, "{Business}: {Note}")]
        public static partial void ModelNote(ILogger log, string business, string note);

        [LoggerMessage(31, LogLevel.Warning, "{Count} messages were being sent when the last process stopped; they are queued again")]
        public static partial void Released(ILogger log, int count);
    }
}
