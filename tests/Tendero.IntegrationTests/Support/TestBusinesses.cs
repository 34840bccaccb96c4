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

    private static string Create()
    {
        var folder = NewFolder();
        foreach (var file in Directory.GetFiles(RepoPaths.Businesses, "*.yaml"))
        {
            File.WriteAllText(System.IO.Path.Combine(folder, System.IO.Path.GetFileName(file)),
                File.ReadAllText(file) + "\nlanes:\n  sms: { per_second: 100 }\n  voice: { per_second: 100 }\n");
        }
        return folder;
    }
}
