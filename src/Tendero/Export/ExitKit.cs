using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;
using Tendero.Storage;

namespace Tendero.Export;

/// <summary>What <see cref="ExitKit.WriteAsync"/> wrote.</summary>
public sealed record KitResult(string Folder, KitManifest Manifest, IReadOnlyList<string> Redacted)
{
    public long Rows => Manifest.Tables.Sum(t => t.Rows);
}

/// <summary>
/// The exit kit: everything a business needs to leave Tendero or to run it again elsewhere. The business file (secrets
/// redacted unless asked for), every table as CSV (for people) and JSON Lines (for <c>tendero import</c>), a README in
/// Spanish and English, and a manifest with row counts and checksums.
/// </summary>
public static partial class ExitKit
{
    public static async Task<KitResult> WriteAsync(
        IDatabase database, BusinessFiles business, string folder, bool includeSecrets, Func<string, string?> environment,
        TimeProvider time, IProgress<ExportProgress>? progress, CancellationToken ct)
    {
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new ExportException($"{folder} is not empty: an exit kit goes into a new or empty folder, so no old file is mistaken for part of it.");
        }
        Directory.CreateDirectory(folder);
        var data = Path.Combine(folder, "data");
        var export = await Exporter.RunAsync(database, new ExportRequest(
            new RowFilter(business.Id, IncludeSecrets: includeSecrets) { RedactSecretColumns = true }, [ExportFormat.Csv, ExportFormat.Json], data, business.Zone, IncludeGlobal: true) { WithViews = false }, progress, ct);
        var redacted = CopyBusiness(business, folder, includeSecrets);
        var variables = VariableNames(File.ReadAllText(business.Path));
        if (includeSecrets)
        {
            var lines = variables.Append("TENDERO_API_KEY").Distinct().Select(v => (v, environment(v))).Where(p => p.Item2 is { Length: > 0 }).Select(p => $"{p.v}={p.Item2}");
            await File.WriteAllLinesAsync(Path.Combine(folder, "secrets.env"), lines, ct);
        }
        var tables = export.Tables.Select(t => new KitTable(
            t.Table.Name, t.Table.Scope.Describe(), t.Table.PrimaryKey,
            t.Columns.Select(c => new KitColumn(c.Name, c.Kind, c.IsTime)).ToList(), t.Rows,
            "data/" + t.Table.Name + ".csv", "data/" + t.Table.Name + ".jsonl")).ToList();
        await File.WriteAllTextAsync(Path.Combine(folder, "README.md"), KitReadme.Text(business.Id, tables, variables, includeSecrets, redacted), ct);
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f))
            .Where(f => f != KitManifest.FileName)
            .Order(StringComparer.Ordinal)
            .Select(f => KitManifest.Describe(folder, f))
            .ToList();
        var manifest = new KitManifest(
            KitManifest.CurrentFormat, business.Id,
            time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
            await SchemaVersionAsync(database, ct), database.Dialect.ToString().ToLowerInvariant(), includeSecrets, tables, files);
        await File.WriteAllTextAsync(Path.Combine(folder, KitManifest.FileName), JsonSerializer.Serialize(manifest, KitManifest.Json), ct);
        return new KitResult(folder, manifest, redacted);
    }

    public static Task<long> SchemaVersionAsync(IDatabase database, CancellationToken ct) => database.ReadAsync(c =>
        c.ExecuteScalarAsync<long>(new CommandDefinition($"SELECT COALESCE(MAX(version), 0) FROM {TableCatalog.MigrationsTable}", cancellationToken: ct)), ct);

    /// <summary>The environment variables the business file names (<c>*_env: NAME</c>).</summary>
    public static IReadOnlyList<string> VariableNames(string yaml) =>
        EnvName().Matches(yaml).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal).ToList();

    // The business file, and any file it names beside it (a service account, a workbook); secrets redacted unless asked.
    private static List<string> CopyBusiness(BusinessFiles business, string folder, bool includeSecrets)
    {
        var redacted = new List<string>();
        var target = Path.Combine(folder, "business");
        Directory.CreateDirectory(target);
        var yaml = File.ReadAllText(business.Path);
        var kept = includeSecrets ? yaml : KitSecrets.RedactYaml(yaml);
        if (kept != yaml)
        {
            redacted.Add("business/" + Path.GetFileName(business.Path));
        }
        File.WriteAllText(Path.Combine(target, Path.GetFileName(business.Path)), kept);
        var home = Path.GetDirectoryName(Path.GetFullPath(business.Path))!;
        foreach (Match match in PathValue().Matches(yaml))
        {
            var relative = match.Groups[1].Value.Trim().Trim('"', '\'');
            var source = Path.GetFullPath(relative, home);
            if (relative.Length == 0 || !File.Exists(source) || !source.StartsWith(home + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }
            var inKit = Path.GetRelativePath(home, source);
            var destination = Path.Combine(target, inKit);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            if (!includeSecrets && KitSecrets.HoldsPrivateKey(source))
            {
                File.WriteAllText(destination, $"{KitSecrets.Redacted}\nThis file held a private key. Put the original back here (or make a new key) before running Tendero from the kit.\n");
                redacted.Add("business/" + inKit.Replace('\\', '/'));
            }
            else
            {
                File.Copy(source, destination, overwrite: true);
            }
        }
        return redacted;
    }

    [GeneratedRegex(@"_env\s*:\s*[""']?([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex EnvName();

    [GeneratedRegex(@"^\s*(?:-\s+)?[A-Za-z0-9_]+\s*:\s*([^#\n]+\.(?:json|pem|key|xlsx|xls|csv|yaml|yml|p12))\s*(?:#.*)?$", RegexOptions.Multiline)]
    private static partial Regex PathValue();
}
