using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tendero.Config;
using Tendero.Core.Chains;
using Tendero.Delivery.Chains;
using Tendero.Hosting;
using Tendero.Storage;

namespace Tendero.Bench.Timers;

/// <summary>
/// <c>timers</c>: a million pending fallback chains on a fresh SQLite file, and the real chain runner (the only
/// worker; no dispatcher, so the messages it queues just wait) on the real clock. Seeds the chains due weeks away,
/// starts the server, adds a stream due at a steady rate, times the runner's idle queries while nothing is due yet,
/// then measures how late the stream's steps ran. Exit code 1 when a target is missed (see <see cref="TimersReport"/>).
/// </summary>
internal static class TimersCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken ct)
    {
        var options = TimerOptions.Parse(args);
        var time = TimeProvider.System;
        using var folder = new BenchFolder();
        TimerBusiness.Write(folder.Path);
        await using var memory = new MemorySampler();
        var app = await TenderoServer.BuildAsync(new TenderoSettings
        {
            Db = folder.File("tendero.db"), Urls = "http://127.0.0.1:0", BusinessesDir = folder.Path,
            // The demo secrets need a simulator address; nothing is ever sent to it (no dispatcher, Telegram polling off).
            Simulator = new Uri("http://127.0.0.1:9"), Environment = name => name == "TENDERO_API_KEY" ? "bench-api-key" : null,
            Workers = ["chains"],
        }, ct);
        await using (app)
        {
            var database = app.Services.GetRequiredService<IDatabase>();
            var store = app.Services.GetRequiredService<ChainStore>();
            var chainOptions = app.Services.GetRequiredService<IOptions<ChainOptions>>().Value;
            var plan = ChainPlanJson.Freeze(app.Services.GetRequiredService<Businesses>().Find(TimerBusiness.Id)!.Policies[TimerBusiness.Policy]);

            // Far chains: due between 1 hour and 30 days from now, in random order, as alerts parked on long waits would be.
            // The stream's chains go in last, parked a year away until the runner is running (see below).
            var now = time.NowMs();
            var random = new Random(7);
            var hour = (long)TimeSpan.FromHours(1).TotalMilliseconds;
            Console.WriteLine($"Seeding {options.Chains:N0} chains, {options.Batch:N0} per transaction");
            var seeding = Stopwatch.GetTimestamp();
            await ChainSeeder.InsertAsync(database, plan, options.FarCount, _ => now + hour + random.NextInt64(29 * 24 * hour), options.Batch, now, ct);
            var ids = await ChainSeeder.InsertAsync(database, plan, options.StreamCount, _ => now + (365 * 24 * hour), options.Batch, now, ct);
            var seeded = Stopwatch.GetElapsedTime(seeding);
            var seedMemory = memory.Take();
            var fileBytes = new FileInfo(folder.File("tendero.db")).Length + new FileInfo(folder.File("tendero.db-wal")).Length;
            Console.WriteLine($"Seeded {options.Chains:N0} in {seeded.TotalSeconds:F1} s; timing the idle round for {options.ScanSeconds} s");

            var scan = await ScanLatency.MeasureAsync(store, app.Services.GetRequiredService<ChainSignalStore>(),
                app.Services.GetRequiredService<Outbox>(), chainOptions, TimeSpan.FromSeconds(options.ScanSeconds), options.Wakes, ct);
            var waitMemory = memory.Take();

            // The stream is scheduled only once the runner runs: at start it pulls in every chain due within one lease
            // (crash recovery on SQLite), which would run the stream's first seconds early.
            await app.StartAsync(ct);
            var t0 = time.NowMs() + (long)TimeSpan.FromSeconds(options.Lead).TotalMilliseconds;
            long Scheduled(int i) => t0 + (i * 1000L / options.PerSecond);
            await ChainSeeder.RescheduleAsync(database, ids, t0, options.PerSecond, ct);
            Console.WriteLine($"{options.StreamCount:N0} chains due from {options.Lead} s from now at {options.PerSecond}/s for {options.Seconds} s");

            var end = Clock.At(Scheduled(options.StreamCount - 1)) + TimeSpan.FromSeconds(5);
            await Waits.UntilAsync(end, time, ct);
            var streamMemory = memory.Take();
            var lateness = await Lateness.ReadAsync(database, ids, Scheduled, ct);
            await app.StopAsync(ct);
            await app.DisposeAsync(); // checkpoints the file, so the copy below is whole
            if (options.Dump is { } dump)
            {
                Directory.CreateDirectory(dump);
                File.Copy(folder.File("tendero.db"), Path.Combine(dump, "tendero.db"), overwrite: true);
            }
            return TimersReport.Print(options, new TimersReport.Figures(seeded, fileBytes, scan, lateness, seedMemory, waitMemory, streamMemory)) ? 0 : 1;
        }
    }
}
