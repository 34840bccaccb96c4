using Tendero.Config;

namespace Tendero.Tests.Config;

/// <summary>A temporary businesses folder, and the shipped demo business for tests that need a real configuration.</summary>
internal sealed class BusinessFiles : IDisposable
{
    /// <summary>A minimal valid business with one channel; tests replace one line to break it.</summary>
    public const string Minimal = """
        name: Café Uno
        time_zone: America/Panama
        prices: { currency: USD, sms: { "*": 0.0079 }, voice: { "*": 0.014 }, telegram: { "*": 0 }, whatsapp: { service: { "*": 0 } } }
        channels:
          twilio:
            account_sid_env: TWILIO_ACCOUNT_SID
            auth_token_env: TWILIO_AUTH_TOKEN
            from: "+15005550006"
        """;

    public static readonly Secrets Demo = new(_ => null, allowDemoDefaults: true);

    public static readonly Secrets Empty = new(_ => null, allowDemoDefaults: false);

    public BusinessFiles() => Directory.CreateDirectory(Folder);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "tendero-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The repository's <c>businesses/la-fonda.yaml</c>.</summary>
    public static string LaFondaPath { get; } = FindLaFonda();

    public static BusinessConfig LaFonda(Uri? simulator = null) => BusinessLoader.LoadFile(LaFondaPath, Demo, simulator);

    public string Write(string fileName, string yaml)
    {
        var path = Path.Combine(Folder, fileName);
        File.WriteAllText(path, yaml);
        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private static string FindLaFonda()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "businesses", "la-fonda.yaml");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"businesses/la-fonda.yaml is not in any folder above {AppContext.BaseDirectory}.");
    }
}
