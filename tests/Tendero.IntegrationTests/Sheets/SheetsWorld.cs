using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Tendero.Config;
using Tendero.Connectors.Sheets;
using Tendero.Hosting;
using Tendero.Simulator;
using Tendero.Simulator.Sheets;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Sheets;

/// <summary>
/// The simulator's fake Google token endpoint and Sheets API on loopback, a fresh service account (an RSA key made for
/// the test, with token_uri pointing at the fake) and a business whose Reservas tab has its columns in a shuffled order.
/// Simulator and client share one fake clock.
/// </summary>
internal sealed class SheetsWorld : IAsyncDisposable
{
    public const string SpreadsheetId = "sheet-1";
    public const string Business = "la-fonda";
    public static readonly string[] Headers = ["Teléfono", "Estado", "Nombre", "Fecha", "Enlace", "Hora", "Personas", "Canal", "Notas"];

    private readonly string folder = Path.Combine(Path.GetTempPath(), "tendero-tests", Guid.NewGuid().ToString("N"));

    private SheetsWorld(ProviderSimulator simulator, FakeTimeProvider time)
    {
        Simulator = simulator;
        Time = time;
    }

    public ProviderSimulator Simulator { get; }

    public FakeTimeProvider Time { get; }

    public SimSheets Sheets => Simulator.Sheets;

    public SheetsConfig Config { get; private set; } = null!;

    public HttpClient Http { get; } = new();

    public string CredentialsFile => Path.Combine(folder, "service-account.json");

    /// <param name="start">When the simulator's clock starts; a test whose client signs tokens on the real clock (the CLI) starts it at now.</param>
    public static async Task<SheetsWorld> StartAsync(int? quota = null, DateTimeOffset? start = null)
    {
        var time = new FakeTimeProvider(start ?? new DateTimeOffset(2026, 11, 26, 15, 0, 0, TimeSpan.Zero));
        using var rsa = RSA.Create(2048);
        var options = new SimulatorOptions();
        options.Sheets.Trust("tendero@demo.iam.gserviceaccount.com", rsa.ExportPkcs8PrivateKeyPem());
        options.Sheets.RequestsPerMinute = quota;
        options.Sheets.Tabs.Add((SpreadsheetId, "Reservas", Headers));
        var simulator = new ProviderSimulator(options, time);
        var address = await simulator.StartAsync();
        var world = new SheetsWorld(simulator, time);
        Directory.CreateDirectory(world.folder);
        File.WriteAllText(world.CredentialsFile, JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["type"] = "service_account",
            ["client_email"] = "tendero@demo.iam.gserviceaccount.com",
            ["private_key_id"] = "test-key",
            ["private_key"] = rsa.ExportPkcs8PrivateKeyPem(),
            ["token_uri"] = new Uri(address, "token").AbsoluteUri,
        }));
        world.Config = new SheetsConfig
        {
            SpreadsheetId = SpreadsheetId,
            CredentialsFile = world.CredentialsFile,
            BaseUrl = address,
            Tabs = new Dictionary<string, SheetsTab>
            {
                ["reservas"] = new("Reservas", "Teléfono") { FormulaColumns = new HashSet<string>(["Enlace"], StringComparer.OrdinalIgnoreCase) },
            },
        };
        return world;
    }

    public ISheetTab Tab() => SheetTabs.Open(Config, "reservas", Http, Time);

    public Businesses Businesses() => new([new BusinessConfig(Business, "La Fonda", TimeZoneInfo.Utc, "es", new Dictionary<string, string>(), null, null, null, "la-fonda.yaml")
    {
        Sheets = Config,
    }]);

    public SheetWriter Writer(IDatabase database, string node = "node-1") => new(
        new SheetWriteStore(database, Time), new SheetsConnections(Businesses(), Time, Http), Options.Create(new SheetWriterOptions()),
        Options.Create(new ServerOptions { NodeId = node }), database, Time, NullLogger<SheetWriter>.Instance);

    /// <summary>The data rows (header row left out), as the sheet shows them, by header.</summary>
    public List<Dictionary<string, SimCell>> Rows()
    {
        var cells = Sheets.Cells(SpreadsheetId, "Reservas");
        var headers = cells[0].Select(c => c.Display).ToList();
        return cells.Skip(1).Select(r => headers.Select((h, i) => (h, c: i < r.Count ? r[i] : SimCell.Empty)).ToDictionary(x => x.h, x => x.c)).ToList();
    }

    /// <summary>Write requests (append and batchUpdate) the fake answered, refused ones included.</summary>
    public int WriteRequests() => Sheets.Requests.Count(r => r.Kind is "append" or "batchUpdate");

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Simulator.DisposeAsync();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Cleaned up by the OS later.
        }
    }
}
