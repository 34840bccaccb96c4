using System.Reflection;

namespace Tendero.Ai.Offline;

/// <summary>One labelled utterance of the seed set.</summary>
public sealed record TrainingExample(string Intent, string Text, string Language);

/// <summary>
/// The bilingual seed set embedded from Ai/Offline/Training/*.tsv: one "intent&lt;TAB&gt;text" per line, "#" starts a
/// comment. The file's name is its language (es.tsv, en.tsv). A bad line is a bug in the build, so it throws.
/// </summary>
public static class TrainingSet
{
    public static IReadOnlyList<TrainingExample> Load()
    {
        var assembly = typeof(TrainingSet).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.Contains(".Ai.Offline.Training.", StringComparison.Ordinal) && n.EndsWith(".tsv", StringComparison.Ordinal)).Order();
        var examples = new List<TrainingExample>();
        foreach (var name in names)
        {
            var language = name[..^4].Split('.')[^1];
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            examples.AddRange(Parse(reader.ReadToEnd(), language, name));
        }
        return examples.Count > 0 ? examples : throw new InvalidOperationException("No training examples are embedded (Ai/Offline/Training/*.tsv).");
    }

    internal static IEnumerable<TrainingExample> Parse(string tsv, string language, string source)
    {
        var lineNumber = 0;
        foreach (var line in tsv.Split('\n'))
        {
            lineNumber++;
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }
            var parts = trimmed.Split('\t', 2);
            if (parts.Length != 2 || !Intents.IsKnown(parts[0]) || string.IsNullOrWhiteSpace(parts[1]))
            {
                throw new InvalidOperationException($"{source} line {lineNumber}: expected 'intent<TAB>text' with a known intent, got '{trimmed}'.");
            }
            yield return new TrainingExample(parts[0], parts[1].Trim(), language);
        }
    }
}
