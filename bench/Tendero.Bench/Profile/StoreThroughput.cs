using System.Diagnostics;
using Tendero.Channels.WhatsApp;
using Tendero.Core;
using Tendero.Storage;

namespace Tendero.Bench.Profile;

/// <summary>
/// The real SQLite group-commit writer and InboxStore with no HTTP in front: a fixed number of callers each store
/// one parsed webhook at a time. This is the ceiling the database path puts on the server.
/// </summary>
internal static class StoreThroughput
{
    public static async Task RunAsync(string folder, int concurrency, int seconds, CancellationToken ct)
    {
        var batches = SignedBodies.Create(400_000).Select(b => WhatsAppParser.Parse("la-fonda", SignedBodies.PhoneNumberId, b.Body)).ToArray();
        var database = new CountingDatabase(await DatabaseFactory.OpenAsync(Path.Combine(folder, "store.db"), ct));
        await using (database)
        {
            var store = new InboxStore(database, TimeProvider.System);
            var next = -1;
            var stored = 0L;
            var warm = Stopwatch.GetTimestamp() + Stopwatch.Frequency;
            var end = warm + seconds * Stopwatch.Frequency;
            var counted = false;
            var cpu = TimeSpan.Zero;
            async Task CallerAsync()
            {
                while (Stopwatch.GetTimestamp() < end && Interlocked.Increment(ref next) is var i && i < batches.Length)
                {
                    await store.IngestAsync(batches[i], ct);
                    if (Stopwatch.GetTimestamp() >= warm)
                    {
                        Interlocked.Increment(ref stored);
                    }
                }
            }
            var watch = Task.Run(async () =>
            {
                await Task.Delay(TimeSpan.FromSeconds(1), TimeProvider.System, ct);
                database.Reset(); // racy by a write or two: good enough for averages
                cpu = Process.GetCurrentProcess().TotalProcessorTime;
                counted = true;
            }, ct);
            await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(CallerAsync, ct)));
            await watch;
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            Console.WriteLine($"InboxStore on the SQLite writer, no HTTP, {concurrency} callers, {seconds} s:");
            Console.WriteLine($"  {stored / (double)seconds,10:N0} webhooks/s, process CPU {cpu.TotalMicroseconds / Math.Max(1, stored):F0} µs/webhook "
                + $"({cpu.TotalSeconds / seconds:F2} cores){(counted ? "" : " (warm-up not over)")}");
            Console.WriteLine($"  {database.Describe()}");
        }
    }
}
