namespace Tendero.IntegrationTests.Support;

/// <summary>
/// The shipped businesses, copied to a temporary folder with SMS and voice lanes as fast as a short code's, so tests
/// that send many messages do not wait on a long code's 1 segment/s. Pacing itself is tested with the real limits.
/// </summary>
public static class TestBusinesses
{
    private static readonly Lazy<string> Folder = new(Create);

    public static string Path => Folder.Value;

    private static string Create()
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tendero-test-businesses", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(RepoPaths.Businesses, "*.yaml"))
        {
            File.WriteAllText(System.IO.Path.Combine(folder, System.IO.Path.GetFileName(file)),
                File.ReadAllText(file) + "\nlanes:\n  sms: { per_second: 100 }\n  voice: { per_second: 100 }\n");
        }
        return folder;
    }
}
