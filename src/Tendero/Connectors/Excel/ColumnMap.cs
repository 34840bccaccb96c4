using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Tendero.Connectors.Excel;

/// <summary>
/// Canonical columns and the header spellings that mean each one, from a YAML file:
/// <code>
/// columns:
///   cliente: [cliente, "nombre del cliente", customer]
///   fecha: [fecha, date, "fecha de entrega"]
/// required: [cliente, fecha]
/// </code>
/// Matching ignores case, accents, punctuation and extra spaces ("CLIENTE " is "cliente"); a canonical name matches itself.
/// </summary>
public sealed class ColumnMap
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();

    private readonly Dictionary<string, string> byKey;

    private ColumnMap(IReadOnlyList<string> columns, IReadOnlyList<string> required, Dictionary<string, string> byKey) =>
        (Columns, Required, this.byKey) = (columns, required, byKey);

    /// <summary>The canonical columns, in the file's order (the output's column order).</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Canonical columns a row must have a value for; a row without one is reported and skipped.</summary>
    public IReadOnlyList<string> Required { get; }

    /// <summary>The canonical column a header means, or null when the map does not name it.</summary>
    public string? Canonical(string header) => byKey.GetValueOrDefault(ColumnNames.Key(header));

    /// <exception cref="ColumnMapException">The file is missing or malformed; the message names the file and the field.</exception>
    public static ColumnMap Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new ColumnMapException($"{path} does not exist");
        }
        return Parse(File.ReadAllText(path), path);
    }

    public static ColumnMap Parse(string yaml, string source)
    {
        MapFile file;
        try
        {
            file = Yaml.Deserialize<MapFile?>(yaml) ?? new MapFile();
        }
        catch (YamlException e)
        {
            throw new ColumnMapException($"{source}: line {e.Start.Line}: {e.InnerException?.Message ?? e.Message}");
        }
        if (file.Columns is not { Count: > 0 })
        {
            throw new ColumnMapException($"{source}: columns: name at least one canonical column and its header spellings");
        }
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (canonical, synonyms) in file.Columns)
        {
            foreach (var spelling in (synonyms ?? []).Prepend(canonical))
            {
                var key = ColumnNames.Key(spelling ?? "");
                if (key.Length == 0)
                {
                    throw new ColumnMapException($"{source}: columns.{canonical}: a header spelling has no letters or digits");
                }
                if (byKey.TryGetValue(key, out var other) && other != canonical)
                {
                    throw new ColumnMapException($"{source}: columns.{canonical}: \"{spelling}\" already means {other}");
                }
                byKey[key] = canonical;
            }
        }
        var unknown = (file.Required ?? []).Where(r => !file.Columns.ContainsKey(r)).ToList();
        if (unknown.Count > 0)
        {
            throw new ColumnMapException($"{source}: required: {string.Join(", ", unknown)} is not under columns");
        }
        return new ColumnMap([.. file.Columns.Keys], file.Required ?? [], byKey);
    }

    private sealed class MapFile
    {
        public Dictionary<string, List<string?>?>? Columns { get; set; }

        public List<string>? Required { get; set; }
    }
}
