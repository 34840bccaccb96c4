using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Tendero.Config;

/// <summary>
/// Loads <c>businesses/*.yaml</c>. A bad file fails here, at start, with the file, the field and the reason;
/// every problem in a file is reported at once so that one edit fixes them all.
/// </summary>
public static partial class BusinessLoader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <param name="simulator">When set, every channel talks to the simulator at this address instead of the real provider.</param>
    public static IReadOnlyList<BusinessConfig> LoadDirectory(string directory, Secrets secrets, Uri? simulator)
    {
        if (!Directory.Exists(directory))
        {
            throw new BusinessConfigException($"{directory}: the businesses folder does not exist (set it with --businesses).");
        }
        var files = Directory.GetFiles(directory, "*.yaml").Concat(Directory.GetFiles(directory, "*.yml")).Order(StringComparer.Ordinal).ToList();
        var twice = files.GroupBy(Path.GetFileNameWithoutExtension).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new BusinessConfigException($"{string.Join(" and ", twice)}: both define the business '{twice.Key}'; keep one.");
        }
        return files.Select(file => LoadFile(file, secrets, simulator)).ToList();
    }

    public static BusinessConfig LoadFile(string path, Secrets secrets, Uri? simulator)
    {
        var id = Path.GetFileNameWithoutExtension(path);
        var errors = new List<string>();
        if (!IdPattern().IsMatch(id))
        {
            errors.Add($"the file name '{id}' is the business id and may hold only a-z, 0-9 and '-'");
        }
        BusinessFile file;
        try
        {
            file = Yaml.Deserialize<BusinessFile?>(File.ReadAllText(path)) ?? new BusinessFile();
        }
        catch (YamlException e)
        {
            var reason = e.InnerException?.Message ?? e.Message;
            throw new BusinessConfigException($"{path}: line {e.Start.Line}, column {e.Start.Column}: {reason}", e);
        }
        var check = new FieldChecker(errors, secrets);
        var config = BusinessMapper.Map(id, path, file, check, simulator);
        if (errors.Count > 0)
        {
            throw new BusinessConfigException($"{path}:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", errors));
        }
        return config!;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex IdPattern();
}
