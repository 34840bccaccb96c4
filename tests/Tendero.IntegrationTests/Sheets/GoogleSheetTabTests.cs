using Google.Apis.Auth.OAuth2.Responses;
using Tendero.Connectors.Sheets;

namespace Tendero.IntegrationTests.Sheets;

/// <summary>The Sheets client against the simulator's fakes: the real Google.Apis.Auth token flow and the values API.</summary>
public sealed class GoogleSheetTabTests : IAsyncLifetime
{
    private SheetsWorld world = null!;

    public async Task InitializeAsync() => world = await SheetsWorld.StartAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task GetAsync_HonoursTheKeysTokenUri_AndCachesTheTokenUntilItExpires()
    {
        var token = GoogleToken.FromFile(world.CredentialsFile, null, world.Time);

        var first = await token.GetAsync(default);
        var again = await token.GetAsync(default);
        world.Time.Advance(TimeSpan.FromMinutes(59));
        var renewed = await token.GetAsync(default);

        Assert.Equal(new Uri(world.Simulator.BaseAddress, "token").AbsoluteUri, token.TokenServerUrl);
        Assert.StartsWith("ya29.sim-", first);
        Assert.Equal(first, again);
        Assert.NotEqual(first, renewed); // refreshed shortly before the hour is up
        Assert.Equal(2, world.Sheets.TokensIssued);
    }

    [Fact]
    public async Task GetAsync_AKeyTheTokenEndpointDoesNotTrust_IsRefused()
    {
        using var stranger = System.Security.Cryptography.RSA.Create(2048);
        var key = new ServiceAccountKey("tendero@demo.iam.gserviceaccount.com", stranger.ExportPkcs8PrivateKeyPem(), null,
            new Uri(world.Simulator.BaseAddress, "token"));

        var refused = await Assert.ThrowsAsync<TokenResponseException>(() => new GoogleToken(key, null, world.Time).GetAsync(default));

        Assert.Contains("Signature", refused.Error.ErrorDescription);
        Assert.Equal(0, world.Sheets.TokensIssued);
    }

    [Fact]
    public async Task AppendAsync_MatchesColumnsByHeaderWhateverTheirOrder_AndWritesValues()
    {
        var tab = world.Tab();

        await tab.AppendAsync(new Dictionary<string, object?>
        {
            ["Fecha"] = new DateOnly(2026, 11, 28), ["Hora"] = new TimeOnly(20, 30), ["Nombre"] = "Ana Pérez",
            ["Personas"] = 4L, ["Teléfono"] = "+50760001111", ["Estado"] = "confirmada",
        }, default);

        var row = Assert.Single(world.Rows());
        Assert.Equal(("number", 4m), (row["Personas"].Kind, row["Personas"].Value));
        Assert.Equal(("date", 46354m, "2026-11-28"), (row["Fecha"].Kind, row["Fecha"].Value, row["Fecha"].Display));
        Assert.Equal("time", row["Hora"].Kind);
        Assert.Equal(("text", "+50760001111"), (row["Teléfono"].Kind, row["Teléfono"].Display)); // not the number 50760001111
        Assert.Equal("Ana Pérez", row["Nombre"].Display);
        var read = Assert.Single(await tab.ReadAsync(default));
        Assert.Equal((2, "Ana Pérez", "4"), (read.Number, read.Values["Nombre"], read.Values["Personas"]));
    }

    [Fact]
    public async Task AppendAsync_FormulaText_IsStoredAsText_UnlessItsColumnIsAFormulaColumn()
    {
        await world.Tab().AppendAsync(new Dictionary<string, object?>
        {
            ["Nombre"] = "=IMPORTXML(\"http://evil.example\",\"//a\")", ["Notas"] = "@SUM(1)", ["Canal"] = "-1+2",
            ["Enlace"] = "=HYPERLINK(\"https://wa.me/50760001111\")",
        }, default);

        var row = Assert.Single(world.Rows());
        Assert.Equal(("text", "=IMPORTXML(\"http://evil.example\",\"//a\")"), (row["Nombre"].Kind, row["Nombre"].Display));
        Assert.Equal(("text", "@SUM(1)"), (row["Notas"].Kind, row["Notas"].Display));
        Assert.Equal(("text", "-1+2"), (row["Canal"].Kind, row["Canal"].Display));
        Assert.Equal("formula", row["Enlace"].Kind);
    }

    [Fact]
    public async Task UpdateAsync_FindsTheRowByKey_AndReportsAMissingKey()
    {
        var tab = world.Tab();
        await tab.AppendAsync(new Dictionary<string, object?> { ["Teléfono"] = "+5071", ["Estado"] = "confirmada" }, default);
        await tab.AppendAsync(new Dictionary<string, object?> { ["Teléfono"] = "+5072", ["Estado"] = "confirmada" }, default);

        Assert.True(await tab.UpdateAsync("Teléfono", "+5072", new Dictionary<string, object?> { ["Estado"] = "cancelada", ["Personas"] = 2L }, default));
        Assert.False(await tab.UpdateAsync("Teléfono", "+5079", new Dictionary<string, object?> { ["Estado"] = "x" }, default));

        var rows = world.Rows();
        Assert.Equal(["confirmada", "cancelada"], rows.Select(r => r["Estado"].Display));
        Assert.Equal("2", rows[1]["Personas"].Display);
    }

    [Fact]
    public async Task AppendAsync_AnUnknownHeader_IsAnErrorNamingIt_AfterReadingTheHeadersAgain()
    {
        var tab = world.Tab();
        await tab.HeadersAsync(default);
        world.Sheets.AddTab(SheetsWorld.SpreadsheetId, "Reservas", [.. SheetsWorld.Headers, "Mesa"]); // the owner adds a column

        await tab.AppendAsync(new Dictionary<string, object?> { ["Mesa"] = 7L }, default);
        var error = await Assert.ThrowsAsync<ArgumentException>(() => tab.AppendAsync(new Dictionary<string, object?> { ["Propina"] = 1L }, default));

        Assert.Contains("'Propina'", error.Message);
        Assert.Equal("7", Assert.Single(world.Rows())["Mesa"].Display);
    }
}
