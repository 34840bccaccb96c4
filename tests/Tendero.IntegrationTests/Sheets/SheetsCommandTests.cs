using System.CommandLine;
using System.Text.Json;
using Tendero.Cli;
using Tendero.Config;
using Tendero.Connectors.Sheets;
using Tendero.IntegrationTests.Support;

namespace Tendero.IntegrationTests.Sheets;

/// <summary><c>tendero sheets read|append|update</c> in simulate mode: the business file's sheet is the fake one.</summary>
public sealed class SheetsCommandTests : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "tendero-tests", Guid.NewGuid().ToString("N"));
    private SheetsWorld world = null!;

    public async Task InitializeAsync()
    {
        // The command signs its token on the real clock, so the fake token endpoint's clock must read the same time.
        world = await SheetsWorld.StartAsync(start: TimeProvider.System.GetUtcNow());
        Directory.CreateDirectory(Path.Combine(folder, "demo"));
        // Simulate mode signs with businesses/demo's key: here, the test's own service account.
        File.Copy(world.CredentialsFile, Path.Combine(folder, "demo", "sheets-demo-service-account.json"));
        File.WriteAllText(Path.Combine(folder, "cafe.yaml"), """
            name: Café Uno
            time_zone: America/Panama
            prices: { currency: USD, sms: { "*": 0.0079 }, voice: { "*": 0.014 } }
            channels:
              twilio: { account_sid_env: TWILIO_ACCOUNT_SID, auth_token_env: TWILIO_AUTH_TOKEN, from: "+15005550006" }
            sheets:
              spreadsheet_id: sheet-1
              credentials_file: secrets/cafe-sheets.json
              tabs:
                reservas: { name: Reservas, key: Teléfono }
            """);
    }

    public async Task DisposeAsync()
    {
        await world.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    private async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        var command = SheetsCommand.Create(PlainConsole.To(output));
        string[] common = ["--business", "cafe", "--businesses", folder, "--simulate", world.Simulator.BaseAddress.AbsoluteUri];
        var code = await new RootCommand { command }.Parse(["sheets", .. args, .. common]).InvokeAsync();
        return (code, output.ToString());
    }

    [Fact]
    public async Task Sheets_AppendUpdateRead_GoStraightToTheSheet()
    {
        var appended = await RunAsync("append", "--tab", "reservas", "--set", "Teléfono=+50760001111", "--set", "Personas=4", "--set", "Fecha=2026-11-28", "--set", "Nombre=[Ana]");
        Assert.True(appended.Code == 0, appended.Output);
        Assert.Equal(0, (await RunAsync("update", "--tab", "Reservas", "--key", "Teléfono=+50760001111", "--set", "Estado=cancelada")).Code);
        Assert.Equal(1, (await RunAsync("update", "--tab", "reservas", "--key", "Teléfono=+0", "--set", "Estado=x")).Code);

        var (code, text) = await RunAsync("read", "--tab", "reservas");
        var (_, json) = await RunAsync("read", "--tab", "reservas", "--json");

        Assert.Equal(0, code);
        Assert.Contains("[Ana]", text);
        Assert.Contains("1 rows.", text);
        var row = Assert.Single(JsonSerializer.Deserialize<List<Dictionary<string, string>>>(json)!);
        Assert.Equal(("+50760001111", "4", "2026-11-28", "cancelada"), (row["Teléfono"], row["Personas"], row["Fecha"], row["Estado"]));
        Assert.Equal(("number", "date", "text"), (world.Rows()[0]["Personas"].Kind, world.Rows()[0]["Fecha"].Kind, world.Rows()[0]["Teléfono"].Kind));
    }

    [Fact]
    public async Task Sheets_AnUnknownColumn_FailsWithItsName()
    {
        var (code, _) = await RunAsync("append", "--tab", "reservas", "--set", "Propina=5");

        Assert.Equal(2, code);
    }

    [Fact]
    public void Open_NoCredentialsAndNoWorkbook_SaysSo_AndAWorkbookGoesToTheLocalFactory()
    {
        using var http = new HttpClient();
        var none = Assert.Throws<InvalidOperationException>(() => SheetTabs.Open(new SheetsConfig(), "reservas", http, TimeProvider.System));
        Assert.Contains("no credentials_file and no workbook", none.Message);

        var local = new SheetsConfig { Workbook = "/tmp/x.xlsx" };
        Assert.Throws<InvalidOperationException>(() => SheetTabs.Open(local, "reservas", http, TimeProvider.System));
        ISheetTab? opened = null;
        SheetTabs.Open(local, "Reservas", http, TimeProvider.System, (c, tab) => opened = new GoogleSheetTab(null!, tab));
        Assert.Equal("Reservas", opened!.Name);
    }
}
