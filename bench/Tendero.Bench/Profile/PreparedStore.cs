using Microsoft.Data.Sqlite;
using Tendero.Core;
using Tendero.Storage;

namespace Tendero.Bench.Profile;

/// <summary>
/// What-if: InboxStore's message INSERT and contact upsert through the same group-commit writer, but on commands
/// prepared once on the writer's connection and reused, instead of a new Dapper command (and SQLite prepare) per call.
/// Status reports are not handled: the bench sends inbound texts only.
/// </summary>
internal sealed class PreparedStore(IDatabase database)
{
    private Statements? statements; // touched only on the writer, one write at a time

    public Task<int> IngestAsync(InboundBatch batch, CancellationToken ct) =>
        database.WriteAsync((connection, transaction) =>
        {
            statements ??= new Statements((SqliteConnection)connection, (SqliteTransaction)transaction);
            statements.Use((SqliteTransaction)transaction);
            statements.Run(batch);
            return Task.FromResult(batch.Messages.Count);
        }, ct);
}
