using Tendero.Config;
using Tendero.Tests.Config;

namespace Tendero.Tests.Connectors.Sheets;

/// <summary>The sheets: section: paths relative to the business file, the credentials checked, every mistake named by field.</summary>
public sealed class SheetsConfigTests : IDisposable
{
    private readonly BusinessFiles files = new();

    public void Dispose() => files.Dispose();

    private BusinessConfig Load(string sheets, Uri? simulator = null) =>
        BusinessLoader.LoadFile(files.Write("cafe.yaml", BusinessFiles.Minimal + "\n" + sheets), BusinessFiles.Demo, simulator);

    private string Fails(string sheets) => Assert.Throws<BusinessConfigException>(() => Load(sheets)).Message;

    private static string Sheets(string credentials, string extra = "") => $$"""
        sheets:
          spreadsheet_id: 1AbC-x_9
          credentials_file: {{credentials}}
        {{extra}}
          tabs:
            reservas: { name: Reservas, key: Teléfono, formula_columns: [Enlace], columns: { notes: Comentarios } }
        """;

    private void WriteKey(string name, string json) => files.Write(name, json);

    private static string ValidKey()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        return System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["type"] = "service_account", ["client_email"] = "bot@p.iam.gserviceaccount.com", ["private_key"] = rsa.ExportPkcs8PrivateKeyPem(),
            ["token_uri"] = "http://127.0.0.1:9/token",
        });
    }

    [Fact]
    public void Load_AValidSection_ResolvesPathsAndTabs()
    {
        WriteKey("key.json", ValidKey());

        var sheets = Load(Sheets("key.json")).Sheets!;

        Assert.Equal(Path.Combine(files.Folder, "key.json"), sheets.CredentialsFile);
        Assert.Equal(new Uri("https://sheets.googleapis.com"), sheets.BaseUrl);
        var tab = sheets.Tab("reservas")!;
        Assert.Equal(("Reservas", "Teléfono"), (tab.Name, tab.Key));
        Assert.Contains("enlace", tab.FormulaColumns);
        Assert.Equal("Comentarios", tab.Columns["notes"]);
        Assert.Equal("Fecha", tab.Columns["date"]);
    }

    [Fact]
    public void Load_MissingCredentialsFile_NamesTheField() =>
        Assert.Contains("sheets.credentials_file:", Fails(Sheets("secrets/nope.json")));

    [Theory]
    [InlineData("{ not json", "not readable JSON")]
    [InlineData("""{"type":"service_account","private_key":"x"}""", "no client_email")]
    [InlineData("""{"type":"service_account","client_email":"a@b.c","private_key":"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"}""", "no usable private_key")]
    [InlineData("""{"type":"authorized_user","client_email":"a@b.c"}""", "Sheets needs a service_account key")]
    public void Load_ABadKeyFile_SaysWhatIsWrong(string json, string reason)
    {
        WriteKey("key.json", json);

        var message = Fails(Sheets("key.json"));

        Assert.Contains("sheets.credentials_file:", message);
        Assert.Contains(reason, message);
    }

    [Fact]
    public void Load_BadBaseUrlAndNoSource_AreNamed()
    {
        WriteKey("key.json", ValidKey());
        Assert.Contains("sheets.base_url:", Fails(Sheets("key.json", "  base_url: ftp://example.com")));
        Assert.Contains("credentials_file: is required unless", Fails("sheets:\n  spreadsheet_id: abc\n"));
        Assert.Contains("sheets.tabs.reservas.columns: 'mesa'", Fails("sheets:\n  workbook: data/x.xlsx\n  tabs:\n    reservas: { name: R, columns: { mesa: Mesa } }\n"));
    }

    [Fact]
    public void Load_OnlyAWorkbook_IsAcceptedWithoutCredentials()
    {
        var sheets = Load("sheets:\n  workbook: data/x.xlsx\n").Sheets!;

        Assert.Null(sheets.CredentialsFile);
        Assert.Equal(Path.Combine(files.Folder, "data", "x.xlsx"), sheets.Workbook);
    }

    [Fact]
    public void Load_InSimulateMode_UsesTheSimulatorAndTheDemoKey()
    {
        Directory.CreateDirectory(Path.Combine(files.Folder, "demo"));
        WriteKey("demo/sheets-demo-service-account.json", ValidKey());

        var sheets = Load(Sheets("secrets/real-key-not-here.json"), new Uri("http://127.0.0.1:7000/")).Sheets!;

        Assert.Equal(new Uri("http://127.0.0.1:7000/"), sheets.BaseUrl);
        Assert.Equal(new Uri("http://127.0.0.1:7000/token"), sheets.TokenUri);
        Assert.EndsWith("sheets-demo-service-account.json", sheets.CredentialsFile);
    }
}
