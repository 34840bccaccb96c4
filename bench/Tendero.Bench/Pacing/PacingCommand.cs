using Microsoft.Extensions.DependencyInjection;
using Tendero.Config;
using Tendero.Hosting;
using Tendero.Simulator;
using Tendero.Storage;

namespace Tendero.Bench.Pacing;

/// <summary>
/// <c>pacing</c>: three businesses' lanes draining a burst into the simulator at once, on the real clock. The simulator
/// enforces the providers' limits itself, so a lane that sends too fast shows up as refusals, and one that sends too
/// slowly as a rate below its limit. Exit code 1 when a target is missed (see <see cref="PacingReport"/>).
/// </summary>
internal static class PacingCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken ct)
    {
        var options = PacingOptions.Parse(args);
        var time = TimeProvider.System;
        using var folder = new BenchFolder();
        PacingBusinesses.Write(folder.Path);
        var serverUrl = new Uri($"http://127.0.0.1:{BenchFolder.FreePort()}");
        var environment = PacingBusinesses.Environment(serverUrl);
        var businesses = BusinessLoader.LoadDirectory(folder.Path, new Secrets(environment, allowDemoDefaults: true), new Uri("http://127.0.0.1"));
        var lanes = PacedLane.Of(businesses);

        var simulatorOptions = PacingBusinesses.Simulator(businesses, serverUrl);
        // Nobody wrote first: the server sends templates, and the simulator does not check the window (only the limits).
        simulatorOptions.Behaviour.EnforceWhatsAppWindow = false;
        foreach (var chat in Backlog.AllTelegramChats(options))
        {
            simulatorOptions.Behaviour.KnownTelegramChats.Add(chat);
        }
        await using var simulator = new ProviderSimulator(simulatorOptions, time);
        var simulatorUrl = await simulator.StartAsync(ct: ct);

        var app = await TenderoServer.BuildAsync(new TenderoSettings
        {
            Db = folder.File("tendero.db"), Urls = serverUrl.ToString(), BusinessesDir = folder.Path,
            Simulator = simulatorUrl, Environment = environment, Workers = ["dispatcher"],
            Dispatcher = o => o.MaxConcurrency = options.MaxConcurrency ?? o.MaxConcurrency,
        }, ct);
        JournalSnapshot journal;
        DateTimeOffset start;
        ServerCost cost;
        var requests = Backlog.Build(options);
        await using (app)
        {
            // Queued before the dispatcher starts, so every lane begins with its whole backlog due.
            var queued = await Backlog.EnqueueAsync(app.Services.GetRequiredService<Outbox>(), requests, ct);
            Console.WriteLine($"Queued {requests.Count:N0} messages in {queued.TotalSeconds:F1} s; sending for {options.Ramp} s ramp + {options.Seconds} s measured");
            start = time.GetUtcNow();
            await app.StartAsync(ct);
            await Waits.UntilAsync(start + TimeSpan.FromSeconds(options.Ramp), time, ct);
            var before = ServerCost.Start();
            await Waits.UntilAsync(start + TimeSpan.FromSeconds(options.Ramp + options.Seconds), time, ct);
            cost = before.Since();
            journal = simulator.Journal.Snapshot();
            await app.StopAsync(ct);
        }
        var from = start + TimeSpan.FromSeconds(options.Ramp);
        if (options.Dump is { } dump)
        {
            JournalDump.Write(dump, lanes, journal, folder.File("tendero.db"));
        }
        var figures = lanes.Select(l => LaneFigures.Measure(l, journal, start, from, from + TimeSpan.FromSeconds(options.Seconds))).ToList();
        return PacingReport.Print(options, requests.Count, figures, cost, journal, start) ? 0 : 1;
    }
}
