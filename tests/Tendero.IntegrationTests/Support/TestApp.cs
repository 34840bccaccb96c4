using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Tendero.Cli;
using Tendero.Config;
using Tendero.Delivery;
using Tendero.Hosting;
using Tendero.Simulator;

namespace Tendero.IntegrationTests.Support;

/// <summary>
/// The whole thing on loopback: the provider simulator and a Tendero server pointed at it, over real HTTP,
/// with the demo business and a fresh database. Each test gets its own.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    public const string ApiKey = "test-api-key";

    private TestApp(ProviderSimulator simulator, WebApplication server, Uri serverUrl, BusinessConfig business)
    {
        Simulator = simulator;
        Server = server;
        ServerUrl = serverUrl;
        Business = business;
        Http = new HttpClient { BaseAddress = serverUrl };
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
    }

    public ProviderSimulator Simulator { get; }

    public WebApplication Server { get; }

    public Uri ServerUrl { get; }

    /// <summary>la-fonda, with its demo secrets resolved.</summary>
    public BusinessConfig Business { get; }

    /// <summary>A client for our API, already carrying the API key.</summary>
    public HttpClient Http { get; }

    public T Get<T>() where T : notnull => Server.Services.GetRequiredService<T>();

    public static async Task<TestApp> StartAsync(
        TestDatabase db, Action<SimulatorOptions>? simulator = null, Action<DispatcherOptions>? dispatcher = null,
        IReadOnlyCollection<string>? workers = null, string? businessesDir = null, Action<IServiceCollection>? services = null)
    {
        // A free port can be taken by another test's listener (a simulator, its printer) between picking and binding it:
        // then pick again.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartOnceAsync(db, simulator, dispatcher, workers, businessesDir, services);
            }
            catch (IOException e) when (attempt < 3 && e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
            {
            }
        }
    }

    private static async Task<TestApp> StartOnceAsync(
        TestDatabase db, Action<SimulatorOptions>? simulator, Action<DispatcherOptions>? dispatcher,
        IReadOnlyCollection<string>? workers, string? businessesDir, Action<IServiceCollection>? services)
    {
        var businessesFolder = businessesDir ?? TestBusinesses.Path;
        var serverUrl = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var environment = Environment(serverUrl);
        var businesses = BusinessLoader.LoadDirectory(businessesFolder, new Secrets(environment, true), new Uri("http://127.0.0.1"));
        var options = SimulatorHost.OptionsFor(businesses, serverUrl);
        options.Seed = 7;
        // Tests send faster than a US long code (1 segment/s), as a short code would; pacing has its own tests.
        for (var i = 0; i < options.Twilio.Count; i++)
        {
            options.Twilio[i] = options.Twilio[i] with { SegmentsPerSecond = 100 };
        }
        simulator?.Invoke(options);
        var sim = new ProviderSimulator(options, TimeProvider.System);
        var simUrl = await sim.StartAsync();
        var settings = new TenderoSettings
        {
            Db = db.Connection,
            Urls = serverUrl.ToString(),
            BusinessesDir = businessesFolder,
            Simulator = simUrl,
            Environment = environment,
            Workers = workers,
            Services = services,
            Dispatcher = o =>
            {
                o.BaseBackoff = TimeSpan.FromMilliseconds(100);
                o.MaxBackoff = TimeSpan.FromSeconds(1);
                o.IdlePoll = TimeSpan.FromMilliseconds(200);
                dispatcher?.Invoke(o);
            },
        };
        var server = await TenderoServer.BuildAsync(settings, CancellationToken.None);
        try
        {
            await server.StartAsync();
        }
        catch (IOException)
        {
            await server.DisposeAsync();
            await sim.DisposeAsync();
            throw;
        }
        return new TestApp(sim, server, serverUrl, businesses.Single(b => b.Id == "la-fonda"));
    }

    /// <summary>The demo defaults, except the API key, which tests set on purpose.</summary>
    public static Func<string, string?> Environment(Uri publicUrl) => name => name switch
    {
        "TENDERO_API_KEY" => ApiKey,
        "TENDERO_PUBLIC_URL" => publicUrl.ToString(),
        _ => null,
    };

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.StopAsync();
        await Server.DisposeAsync();
        await Simulator.DisposeAsync();
    }
}
