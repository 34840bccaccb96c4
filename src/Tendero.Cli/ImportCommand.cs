using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Tendero.Export;
using Tendero.Storage;

namespace Tendero.Cli;

/// <summary><c>tendero import DIR</c>: restores an exit kit; see <see cref="KitImporter"/>.</summary>
internal static class ImportCommand
{
    public static Command Create(IAnsiConsole? output = null, IAnsiConsole? errors = null)
    {
        var io = ExportConsole.Create(output, errors);
        var common = new CommonOptions();
        var folder = new Argument<string>("kit") { Description = "The exit kit's folder (the one with manifest.json)" };
        var command = new Command("import", "Restore an exit kit into this install; running it again adds nothing twice") { folder, common.Db, common.Businesses };
        command.SetAction(async (result, ct) =>
        {
            try
            {
                var kit = result.GetValue(folder)!;
                KitManifest.Read(kit); // a clear refusal before a database is made
                await using var database = await DatabaseFactory.OpenAsync(result.GetValue(common.Db)!, ct);
                var tables = await io.WithProgressAsync("Importing", p => KitImporter.ImportAsync(database, kit, p, ct));
                io.Tables(tables.Select(t => (t.Table, $"{N(t.Added)} added, {N(t.Skipped)} already there")), "rows");
                foreach (var t in tables.Where(t => t.IgnoredColumns.Count > 0))
                {
                    io.Say($"{t.Table}: not imported: {string.Join(", ", t.IgnoredColumns)}");
                }
                io.Say($"{N(tables.Sum(t => t.Added))} rows added, {N(tables.Sum(t => t.Skipped))} already there, into {database.Description}.");
                var businessFolder = Path.Combine(kit, "business");
                if (Directory.Exists(businessFolder))
                {
                    io.Say($"Copy {businessFolder} into your businesses folder ({result.GetValue(common.Businesses)}) and set its *_env variables before `tendero serve`.");
                }
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

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
