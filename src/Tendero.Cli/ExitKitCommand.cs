using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Tendero.Export;
using Tendero.Storage;

namespace Tendero.Cli;

/// <summary><c>tendero exit-kit --business ID --out DIR [--include-secrets]</c>: see <see cref="ExitKit"/>.</summary>
internal static class ExitKitCommand
{
    public static Command Create(IAnsiConsole? output = null, IAnsiConsole? errors = null, Func<string, string?>? environment = null)
    {
        var io = ExportConsole.Create(output, errors);
        var common = new CommonOptions();
        var business = new Option<string>("--business") { Description = "The business to pack", Required = true };
        var folder = new Option<string>("--out") { Description = "A new or empty folder for the kit", Required = true };
        var secrets = new Option<bool>("--include-secrets") { Description = "Also the secrets: the values of the *_env variables, private-key files and secret columns" };
        var command = new Command("exit-kit", "Everything a business needs to leave or move: its file, every table as CSV and JSON, a README (es/en) and a manifest with checksums")
        {
            business, folder, secrets, common.Db, common.Businesses,
        };
        command.SetAction(async (result, ct) =>
        {
            try
            {
                var files = BusinessFiles.Find(CommonOptions.ResolveBusinesses(result.GetValue(common.Businesses)!), result.GetValue(business)!);
                await using var database = await DatabaseFactory.OpenAsync(result.GetValue(common.Db)!, ct);
                var kit = await io.WithProgressAsync("Packing", p => ExitKit.WriteAsync(
                    database, files, result.GetValue(folder)!, result.GetValue(secrets), environment ?? Environment.GetEnvironmentVariable, TimeProvider.System, p, ct));
                io.Tables(kit.Manifest.Tables.Select(t => (t.Name, t.Rows.ToString("N0", CultureInfo.InvariantCulture))));
                io.Say($"Exit kit for {files.Id}: {kit.Rows.ToString("N0", CultureInfo.InvariantCulture)} rows in {kit.Manifest.Tables.Count} tables, {kit.Manifest.Files.Count} files with checksums, in {Path.GetFullPath(kit.Folder)}.");
                io.Say(kit.Manifest.IncludeSecrets
                    ? "It INCLUDES SECRETS (secrets.env, private keys): keep it like the business's keys."
                    : kit.Redacted.Count > 0 ? $"Secrets left out: {string.Join(", ", kit.Redacted)}." : "No secrets in it.");
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
