using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Tendero.Channels.WhatsApp;
using Tendero.Core;
using Tendero.Storage;

namespace Tendero.Bench.Profile;

/// <summary>What the SQLite writer spends per webhook (SQL) and per batch (commit), on one thread, on this disk.</summary>
internal static class SqlCosts
{
    public static async Task RunAsync(string folder, CancellationToken ct)
    {
        var path = Path.Combine(folder, "sql-costs.db");
        await (await DatabaseFactory.OpenAsync(path, ct)).DisposeAsync(); // the schema, migrated as the server does
        var batches = SignedBodies.Create(72_000).Select(b => WhatsAppParser.Parse("la-fonda", SignedBodies.PhoneNumberId, b.Body)).ToArray();
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Exec(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;");
        Console.WriteLine("SQLite writer, per webhook, one thread, inside one open transaction (no commit):");
        await InTransactionAsync(connection, tx => Timing.MeasureAsync("InboxStore.IngestAsync as the writer runs it (Dapper + SAVEPOINT/RELEASE)",
            batches[..20_000], b => new ValueTask(new InboxStore(new InlineDatabase(connection, tx, savepoints: true), TimeProvider.System).IngestAsync(b, ct))));
        await InTransactionAsync(connection, tx => Timing.MeasureAsync("InboxStore.IngestAsync without the savepoints",
            batches[..20_000], b => new ValueTask(new InboxStore(new InlineDatabase(connection, tx, savepoints: false), TimeProvider.System).IngestAsync(b, ct))));
        await InTransactionAsync(connection, tx => Timing.Measure("SAVEPOINT w + RELEASE w alone (two commands, prepared each time)",
            batches[..10_000], _ =>
            {
                Exec(connection, "SAVEPOINT w", tx);
                Exec(connection, "RELEASE w", tx);
            }));
        await InTransactionAsync(connection, tx => Timing.Measure("prepare the INSERT and the contact upsert (new commands, no execute)",
            batches[..10_000], _ =>
            {
                foreach (var sql in new[] { Statements.Insert, Statements.Upsert })
                {
                    using var command = new SqliteCommand(sql, connection, tx);
                    command.Prepare();
                }
            }));
        await InTransactionAsync(connection, tx =>
        {
            using var statements = new Statements(connection, tx);
            return Timing.Measure("the same INSERT + upsert on prepared, reused commands (no Dapper)", batches[..20_000], statements.Run);
        });
        Console.WriteLine("SQLite commit (one thread, prepared statements), per commit:");
        CommitCost(connection, "FULL", 1, batches[30_000..30_500]);
        CommitCost(connection, "FULL", 64, batches[30_500..43_300]);
        CommitCost(connection, "FULL", 512, batches[43_300..58_660]);
        CommitCost(connection, "NORMAL", 1, batches[58_660..59_160]);
        Exec(connection, "PRAGMA wal_autocheckpoint=0;");
        CommitCost(connection, "FULL", 64, batches[59_160..72_000], ", no auto-checkpoint");
        Exec(connection, "PRAGMA wal_autocheckpoint=1000; PRAGMA synchronous=FULL;");
    }

    private static async Task InTransactionAsync(SqliteConnection connection, Func<SqliteTransaction, Task> run)
    {
        await using var transaction = connection.BeginTransaction();
        await run(transaction);
        transaction.Rollback(); // keep the file small for the next step
    }

    private static void CommitCost(SqliteConnection connection, string synchronous, int rows, InboundBatch[] batches, string note = "")
    {
        Exec(connection, $"PRAGMA synchronous={synchronous};");
        var commits = batches.Length / rows;
        var start = Stopwatch.GetTimestamp();
        for (var c = 0; c < commits; c++)
        {
            using var transaction = connection.BeginTransaction();
            using (var statements = new Statements(connection, transaction))
            {
                for (var r = 0; r < rows; r++)
                {
                    statements.Run(batches[c * rows + r]);
                }
            }
            transaction.Commit();
        }
        var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds / commits;
        Console.WriteLine($"  {$"synchronous={synchronous}{note}, {rows} webhook(s) per commit ({commits} commits)",-68}{ms,10:F2} ms "
            + $"= {rows * 1000 / ms,8:N0} webhooks/s on one thread");
    }

    private static void Exec(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = new SqliteCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }
}
