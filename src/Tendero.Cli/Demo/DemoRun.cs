using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spectre.Console;
using Tendero.Hosting;
using Tendero.Simulator;
using Tendero.Storage;

namespace Tendero.Cli.Demo;

/// <summary>
/// One demo: start both sides, play the evening at La Fonda (or, with <c>--burst</c>, a burst of unrelated messages and the
/// people file's alerts), wait for every message to settle, print the summary.
/// </summary>
/// <param name="evening">When the evening's first guest writes (its clock starts just before); null plays the burst.</param>
internal sealed class DemoRun(TenderoSettings settings, string simulatorUrls, int messages, double faults, bool exitAfter, DateTimeOffset? evening = null)
{
    /// <summary>The demo's people and alerts, next to the business files.</summary>
    private string PeopleFile => Path.Combine(settings.BusinessesDir, "demo", "people.yaml");

    /// <summary>How long the burst's messages are spread over.</summary>
    private static readonly TimeSpan Spread = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan SettleTimeout = TimeSpan.FromMinutes(3);

    // Two messages that show the provider rules: a landline cannot take SMS (it fails, with the reason), and someone who
    // has not written in 24 hours gets La Fonda's approved WhatsApp template instead of free text.
    private const string Landline = "+50720000000";
    private const string Stranger = "+50769990000";

    public async Task<int> RunAsync(CancellationToken ct)
    {
        if (!DatabaseFactory.IsPostgres(settings.Db))
        {
            DeleteSqlite(settings.Db);
        }
        var server = new Uri(settings.Urls.Split(';')[0]);
        var options = SimulatorHost.OptionsFor(settings.BusinessesDir, server);
        options.Seed = 2026;
        // The demo's number sends like a short code (a US long code manages 1 segment/s), so the burst settles in seconds.
        for (var i = 0; i < options.Twilio.Count; i++)
        {
            options.Twilio[i] = options.Twilio[i] with { SegmentsPerSecond = 30 };
        }
        options.Behaviour.LandlineNumbers.Add(Landline);
        await using var simulator = await SimulatorHost.StartAsync(options, simulatorUrls, settings.Time, ct);
        simulator.Faults.ServerErrorRate = faults;
        await using var app = await TenderoServer.BuildAsync(settings with { Simulator = simulator.BaseAddress }, ct);
        if (evening is { } day)
        {
            await Evening.EveningRun.PrepareAsync(app.Services, simulator, day, settings.Time, ct);
        }
        await app.StartAsync(ct);
        AnsiConsole.MarkupLine($"Tendero is serving on [bold]{server}[/] (status page: {server}status), simulator on {simulator.BaseAddress}");
        await DemoAdmin.PrintAsync(app.Services, server, ct);

        var counts = new DemoCounts(app.Services.GetRequiredService<IDatabase>());
        if (evening is { } opening)
        {
            var (played, night) = await Evening.EveningRun.PlayAsync(simulator, options, settings.Time, opening, ct);
            var calm = await DemoProgress.WaitForSettledAsync(counts, played.Accepted, SettleTimeout, ct);
            var missing = await DemoSummary.PrintAsync(counts, played, calm, ct);
            await Evening.EveningRun.PrintAsync(app.Services, simulator, night, ct);
            return await EndAsync(app, missing, ct);
        }
        var alerts = await DemoAlerts.StartAsync(PeopleFile, app.Services, simulator, ct);
        var script = VirtualCustomers.Script(messages, seed: 2026, options, Spread);
        var burst = await DemoBurst.PlayAsync(simulator, script, ct);
        await QueueDoomedAsync(app.Services, ct);
        var settled = await DemoProgress.WaitForSettledAsync(counts, burst.Accepted, SettleTimeout, ct);
        var lost = await DemoSummary.PrintAsync(counts, burst, settled, ct);
        await DemoModels.PrintAsync(app.Services.GetRequiredService<IDatabase>(), app.Services.GetRequiredService<ModelCallStore>(), "la-fonda", ct);
        // A chain takes up to a day of its clock: seconds at --speed 3600, so only then is it worth waiting for the end.
        var chainWait = settings.Speed >= 600 ? TimeSpan.FromSeconds(120) : TimeSpan.FromSeconds(3);
        await DemoAlerts.PrintWhenDoneAsync(app.Services, "la-fonda", alerts, chainWait, ct);

        return await EndAsync(app, lost, ct);
    }

    private async Task<int> EndAsync(WebApplication app, long lost, CancellationToken ct)
    {
        if (!exitAfter)
        {
            AnsiConsole.MarkupLine("The server keeps running; press [bold]Ctrl-C[/] to stop.");
            await app.WaitForShutdownAsync(ct);
        }
        await app.StopAsync(CancellationToken.None);
        return lost == 0 ? 0 : 1;
    }

    private static async Task QueueDoomedAsync(IServiceProvider services, CancellationToken ct)
    {
        var outbox = services.GetRequiredService<Outbox>();
        await outbox.EnqueueAsync("la-fonda", Core.Address.Parse("sms:" + Landline), "Su pedido está listo.", ct);
        await outbox.EnqueueAsync("la-fonda", Core.Address.Parse("whatsapp:" + Stranger), "¿Desea reservar para el viernes?", ct);
        services.GetRequiredService<Delivery.WorkSignals>().Outbound.Wake();
    }

    private static void DeleteSqlite(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }
}
