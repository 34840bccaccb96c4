namespace Tendero.Bench.Profile;

/// <summary>
/// <c>profile</c>: where a signed, durable webhook's time goes on SQLite. Each step is measured on its own (request
/// path, SQL, commit), then the store without HTTP, then the webhook over HTTP with the writer's batches counted.
/// <c>--targets path,sql,store,http,http-prepared</c> picks some of them; http-prepared is a what-if (see PreparedStore).
/// </summary>
internal static class ProfileCommand
{
    public static async Task<int> RunAsync(BenchOptions options, CancellationToken ct)
    {
        var folder = Path.Combine(Path.GetTempPath(), "tendero-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string[] all = ["path", "sql", "store", "http", "http-prepared"];
            var steps = options.Targets.Intersect(all).ToList() is { Count: > 0 } chosen ? chosen : [.. all];
            foreach (var step in steps)
            {
                await (step switch
                {
                    "path" => StageCosts.RunAsync(ct),
                    "sql" => SqlCosts.RunAsync(folder, ct),
                    "store" => StoreThroughput.RunAsync(folder, options.Concurrency, options.Seconds, ct),
                    "http" => InstrumentedServer.RunAsync(options, folder, prepared: false, ct),
                    _ => InstrumentedServer.RunAsync(options, folder, prepared: true, ct),
                });
            }
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
