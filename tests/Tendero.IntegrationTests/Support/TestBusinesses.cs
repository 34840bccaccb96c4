namespace Tendero.IntegrationTests.Support;

/// <summary>
/// The shipped businesses, copied to a temporary folder with SMS and voice lanes as fast as a short code's, so tests
/// that send many messages do not wait on a long code's 1 segment/s. Pacing itself is tested with the real limits.
/// </summary>
public static class TestBusinesses
{
    private static readonly Lazy<string> Folder = new(Create);

    public static string Path => Folder.Value;

    /// <summary>
    /// A new copy of the test businesses with <paramref name="edit"/> applied to one file's text, for a test that needs
    /// a setting of its own (a policy that waits seconds instead of hours). Each call makes its own folder.
    /// </summary>
    public static string Edited(string business, Func<string, string> edit)
    {
        var folder = NewFolder();
        foreach (var file in Directory.GetFiles(Path, "*.yaml"))
        {
            var text = File.ReadAllText(file);
            File.WriteAllText(System.IO.Path.Combine(folder, System.IO.Path.GetFileName(file)),
                System.IO.Path.GetFileNameWithoutExtension(file) == business ? edit(text) : text);
        }
        return folder;
    }

    private static string NewFolder()
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tendero-test-businesses", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static readonly Lazy<string> AssistantFolder = new(() => Create(keepAssistant: true));

    /// <summary>The same, with la-fonda's <c>assistant:</c> kept: customers are answered by the conversation agents.</summary>
    public static string WithAssistant => AssistantFolder.Value;

    // The default copy leaves out the assistant: the spine and delivery tests expect one fixed auto reply per message.
    private static string Create() => Create(keepAssistant: false);

    private static string Create(bool keepAssistant)
    {
        var folder = NewFolder();
        foreach (var file in Directory.GetFiles(RepoPaths.Businesses, "*.yaml"))
        {
            var text = File.ReadAllText(file);
            File.WriteAllText(System.IO.Path.Combine(folder, System.IO.Path.GetFileName(file)),
                (keepAssistant ? text : WithoutSection(text, "assistant")) + "\nlanes:\n  sms: { per_second: 100 }\n  voice: { per_second: 100 }\n");
        }
        return folder;
    }

    /// <summary>Removes a top-level YAML section: its key line and every indented or blank line under it.</summary>
    public static string WithoutSection(string yaml, string key)
    {
        var lines = yaml.Split('\n');
        var kept = new List<string>();
        var skipping = false;
        foreach (var line in lines)
        {
            if (line.StartsWith(key + ":", StringComparison.Ordinal))
            {
                skipping = true;
                continue;
            }
            if (skipping && line.Length > 0 && !char.IsWhiteSpace(line[0]) && !line.StartsWith('#'))
            {
                skipping = false;
            }
            if (!skipping)
            {
                kept.Add(line);
            }
        }
        return string.Join('\n', kept);
    }
}
