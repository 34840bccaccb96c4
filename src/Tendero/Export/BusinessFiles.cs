using YamlDotNet.RepresentationModel;

namespace Tendero.Export;

/// <summary>
/// What an export needs from a business file without loading the whole business: the file, and its time zone. An
/// export must work on a machine where the channels' secrets are not set, so this reads the YAML and nothing else.
/// </summary>
public sealed record BusinessFiles(string Id, string Path, TimeZoneInfo Zone)
{
    public static BusinessFiles Find(string folder, string id)
    {
        if (!Directory.Exists(folder))
        {
            throw new ExportException($"{folder}: the businesses folder does not exist (set it with --businesses).");
        }
        var path = new[] { ".yaml", ".yml" }.Select(e => System.IO.Path.Combine(folder, id + e)).FirstOrDefault(File.Exists);
        if (path is null || id.Contains('/', StringComparison.Ordinal) || id.Contains('\\', StringComparison.Ordinal))
        {
            var known = Directory.GetFiles(folder, "*.yaml").Select(System.IO.Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
            throw new ExportException($"There is no business '{id}' in {folder} (known: {string.Join(", ", known)}).");
        }
        return new BusinessFiles(id, path, ZoneOf(path));
    }

    private static TimeZoneInfo ZoneOf(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }
        if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root
            && root.Children.TryGetValue(new YamlScalarNode("time_zone"), out var node) && node is YamlScalarNode { Value: { Length: > 0 } name })
        {
            try
            {
                return TimeZoneInfo.FindSystemTimeZoneById(name);
            }
            catch (TimeZoneNotFoundException)
            {
                throw new ExportException($"{path}: time_zone '{name}' is not a known time zone.");
            }
        }
        return TimeZoneInfo.Utc;
    }
}

/// <summary>An export, kit, import or backup that cannot go ahead, with a sentence a person can act on.</summary>
public sealed class ExportException(string message) : Exception(message);
