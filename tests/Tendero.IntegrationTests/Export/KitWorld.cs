namespace Tendero.IntegrationTests.Export;

/// <summary>A temporary folder for one test's kit, exports and business files, removed afterwards.</summary>
internal sealed class KitWorld : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "tendero-export-tests", Guid.NewGuid().ToString("N"));

    public KitWorld()
    {
        Directory.CreateDirectory(Businesses);
        File.Copy(Path.Combine(Support.RepoPaths.Root, "businesses", "la-fonda.yaml"), Path.Combine(Businesses, "la-fonda.yaml"));
    }

    public string Businesses => Path.Combine(Root, "businesses");

    public string Path_(string name) => Path.Combine(Root, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // left for the OS to clean
        }
    }
}
