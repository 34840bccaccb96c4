using Microsoft.Extensions.Options;
using Tendero.Config;
using Tendero.Hosting;
using Tendero.IntegrationTests.Support;

namespace Tendero.IntegrationTests.Hosting;

/// <summary>Bad configuration stops the server at start, saying what to fix.</summary>
public sealed class StartupValidationTests
{
    [Fact]
    public async Task Start_LeaseTooShort_RefusedNamingTheFlag()
    {
        await using var db = TestDatabase.Sqlite();
        var settings = new TenderoSettings
        {
            Db = db.Connection, Urls = $"http://127.0.0.1:{FreePort.Next()}", BusinessesDir = RepoPaths.Businesses,
            Simulator = new Uri("http://127.0.0.1:9"), Dispatcher = o => o.Lease = TimeSpan.FromSeconds(1),
        };
        await using var app = await TenderoServer.BuildAsync(settings, default);
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
        Assert.Contains("--lease", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_RealProvidersWithoutSecrets_RefusedNamingEachVariable()
    {
        await using var db = TestDatabase.Sqlite();
        var settings = new TenderoSettings
        {
            Db = db.Connection, BusinessesDir = RepoPaths.Businesses, Environment = _ => null, // no --simulate: no demo values
        };
        var error = await Assert.ThrowsAsync<BusinessConfigException>(() => TenderoServer.BuildAsync(settings, default));
        Assert.Contains("la-fonda.yaml", error.Message, StringComparison.Ordinal);
        Assert.Contains("WHATSAPP_APP_SECRET", error.Message, StringComparison.Ordinal);
        Assert.Contains("TWILIO_AUTH_TOKEN", error.Message, StringComparison.Ordinal);
    }
}
