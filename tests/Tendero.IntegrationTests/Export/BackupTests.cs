using Dapper;
using Microsoft.Data.Sqlite;
using Tendero.Export;
using Tendero.IntegrationTests.Support;

namespace Tendero.IntegrationTests.Export;

/// <summary><c>tendero backup</c> while a writer keeps committing: the copy opens and passes SQLite's integrity check.</summary>
public sealed class BackupTests
{
    [Fact]
    public async Task Backup_WhileTheServerWrites_CopyPassesIntegrityCheck()
    {
        await using var db = TestDatabase.Sqlite();
        using var world = new KitWorld();
        await using var database = await db.OpenAsync();
        await TableSeeder.SeedAsync(database, perBusiness: 50, default);
        using var stop = new CancellationTokenSource();
        var written = 0;
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await database.WriteAsync((c, t) => c.ExecuteAsync("""
                    INSERT INTO messages (business_id, channel, direction, address, kind, text, status, created_at, updated_at)
                    VALUES ('la-fonda', 'telegram', 'in', '700100200', 'text', 'Hola, ¿hay mesa?', 'received', 1, 1)
                    """, transaction: t), default);
                Interlocked.Increment(ref written);
            }
        });
        while (Volatile.Read(ref written) < 50)
        {
            await Task.Yield();
        }

        var backup = await Backup.SqliteAsync(db.Connection, world.Path_("copia/tendero-backup.db"), default);
        var during = Volatile.Read(ref written);
        await stop.CancelAsync();
        await writer;

        Assert.Equal("ok", backup.IntegrityCheck);
        await using var copy = new SqliteConnection($"Data Source={backup.File};Mode=ReadOnly;Pooling=False");
        await copy.OpenAsync();
        Assert.Equal("ok", await copy.ExecuteScalarAsync<string>("PRAGMA integrity_check"));
        var rows = await copy.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM messages WHERE channel = 'telegram' AND text = 'Hola, ¿hay mesa?'");
        Assert.InRange(rows, 50, during + 1);
        await Assert.ThrowsAsync<ExportException>(() => Backup.SqliteAsync(db.Connection, backup.File, default)); // never overwritten
    }

    [Fact]
    public void PgDumpCommand_ConnectionString_NoPassword()
    {
        var command = Backup.PgDumpCommand("Host=db.local;Port=5433;Username=tendero;Password=s3cr3t;Database=tendero", "/backups/t.dump");
        Assert.Equal("pg_dump --format=custom --no-owner --file=/backups/t.dump --host=db.local --port=5433 --username=tendero tendero", command);
    }
}
