using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Tendero.Export;
using Tendero.Storage;

namespace Tendero.Cli;

/// <summary>
/// <c>tendero backup --out FILE</c>: a consistent copy of the SQLite database, safe while the server runs; on
/// PostgreSQL, the pg_dump command to use. See <see cref="Backup"/>.
/// </summary>
internal static class BackupCommand
{
    public static Command Create(IAnsiConsole? output = null, IAnsiConsole? errors = null)
    {
        var io = ExportConsole.Create(output, errors);
        var common = new CommonOptions();
        var file = new Option<string>("--out") { Description = "The backup file (never overwritten)", Required = true };
        var command = new Command("backup", "Copy the database while the server keeps running (SQLite), or print the pg_dump command (PostgreSQL)") { file, common.Db, common.Businesses };
        command.SetAction(async (result, ct) =>
        {
            var db = result.GetValue(common.Db)!;
            var target = result.GetValue(file)!;
            if (DatabaseFactory.IsPostgres(db))
            {
                io.Say("PostgreSQL is backed up with its own tool, which takes a consistent snapshot while Tendero runs:");
                io.Say("  PGPASSWORD=... " + Backup.PgDumpCommand(db, target));
                io.Say("Restore into an empty database with: pg_restore --no-owner --dbname=NAME " + target);
                return 0;
            }
            try
            {
                var backup = await Backup.SqliteAsync(db, target, ct);
                if (backup.IntegrityCheck != "ok")
                {
                    io.Error($"The copy at {backup.File} failed its integrity check: {backup.IntegrityCheck}");
                    return 1;
                }
                io.Say($"Backed up {Path.GetFullPath(db)} to {backup.File} ({(backup.Bytes / 1024.0).ToString("N0", CultureInfo.InvariantCulture)} KB, integrity check ok).");
                return 0;
            }
            catch (ExportException e)
            {
                io.Error(e.Message);
                return 1;
            }
        });
        return command;
    }
}
