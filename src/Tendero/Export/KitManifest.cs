using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tendero.Export;

/// <summary>
/// <c>manifest.json</c> of an exit kit: what it holds (every table's columns, row count and files) and a SHA-256 and
/// size for every file, so an import can refuse a damaged or edited kit and a person can check one by hand
/// (<c>sha256sum</c>).
/// </summary>
public sealed record KitManifest(
    string Format,
    string Business,
    string CreatedAt,
    long SchemaVersion,
    string Database,
    bool IncludeSecrets,
    IReadOnlyList<KitTable> Tables,
    IReadOnlyList<KitFile> Files)
{
    public const string FileName = "manifest.json";
    public const string CurrentFormat = "tendero-exit-kit/1";

    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static KitManifest Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            throw new ExportException($"{folder} is not an exit kit: there is no {FileName} (make one with `tendero exit-kit`).");
        }
        var manifest = JsonSerializer.Deserialize<KitManifest>(File.ReadAllText(path), Json)
            ?? throw new ExportException($"{path} is empty.");
        if (manifest.Format != CurrentFormat)
        {
            throw new ExportException($"{path}: format '{manifest.Format}' is not {CurrentFormat}; use the Tendero version that made the kit.");
        }
        return manifest;
    }

    public static KitFile Describe(string folder, string relative)
    {
        using var stream = File.OpenRead(Path.Combine(folder, relative));
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        return new KitFile(relative.Replace('\\', '/'), stream.Length, hash);
    }
}

/// <param name="Scope">business, via COLUMN -> TABLE, or global.</param>
public sealed record KitTable(string Name, string Scope, IReadOnlyList<string> PrimaryKey, IReadOnlyList<KitColumn> Columns, long Rows, string Csv, string Json);

public sealed record KitColumn(string Name, ColumnKind Kind, bool Time);

public sealed record KitFile(string Path, long Bytes, string Sha256);
