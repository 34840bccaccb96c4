using Tendero.Bench;

// `webhooks`: measure raw Kestrel, Tendero on SQLite and Tendero on PostgreSQL with the same load (see bench/README.md).
// `profile`: where the time goes on SQLite, step by step (Profile/ProfileCommand.cs).
// `pacing`: three businesses' delivery lanes against the simulator's rate limits (Pacing/PacingCommand.cs).
// `timers`: a million waiting fallback chains and the lateness of the ones that come due (Timers/TimersCommand.cs).
// `--client URL`: the load generator, started by the first as a separate process.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
switch (args.FirstOrDefault())
{
    case "pacing":
        QuietLogs();
        return await Tendero.Bench.Pacing.PacingCommand.RunAsync(args, cancel.Token);
    case "timers":
        QuietLogs();
        return await Tendero.Bench.Timers.TimersCommand.RunAsync(args, cancel.Token);
}
var options = BenchOptions.Parse(args);
if (options.ClientUrl is not null)
{
    return await ClientProcess.MainAsync(options, cancel.Token);
}
if (args.FirstOrDefault() == "profile")
{
    return await Tendero.Bench.Profile.ProfileCommand.RunAsync(options, cancel.Token);
}

QuietLogs();
// Telegram is not part of this run: its registrar's warning that the (absent) simulator refused the webhook is noise.
Environment.SetEnvironmentVariable("Logging__LogLevel__Tendero.Channels.Telegram", "Error");
var runs = new List<TargetRun>();
foreach (var target in options.Targets)
{
    runs.Add(target switch
    {
        "raw" => await MeasureAsync("raw Kestrel", () => RawKestrel.StartAsync(cancel.Token), reuse: true),
        "sqlite" => await MeasureAsync("Tendero SQLite", () => TenderoTarget.StartSqliteAsync(cancel.Token), reuse: false),
        "postgres" when options.Postgres is { Length: > 0 } pg =>
            await MeasureAsync("Tendero PostgreSQL", () => TenderoTarget.StartPostgresAsync(pg, cancel.Token), reuse: false),
        "postgres" => new TargetRun("Tendero PostgreSQL", null, null, Skipped:
            $"no server given: pass --postgres \"Host=...\" or set {BenchOptions.PostgresVariable}"),
        _ => throw new ArgumentException($"Unknown target '{target}': use raw, sqlite or postgres."),
    });
}
Report.Print(options, runs);
return runs.Any(r => r.Lost) ? 1 : 0;

async Task<TargetRun> MeasureAsync(string name, Func<Task<RunningServer>> start, bool reuse)
{
    Console.WriteLine($"{name}: starting");
    await using var server = await start();
    var before = ServerCost.Start();
    var pool = new PoolSampler();
    var result = await ClientProcess.RunAsync(options, server.WebhookUrl, reuse, () => before = ServerCost.Start(), cancel.Token);
    var cost = before.Since();
    await pool.DisposeAsync();
    Console.WriteLine($"{name}: {pool}");
    var rows = await server.StopAndCountAsync(cancel.Token);
    Console.WriteLine($"{name}: {result.PerSecond:N0} requests/s, {result.Ok:N0} answered 200, {result.Errors:N0} errors");
    return new TargetRun(name, result, rows, cost);
}

// The measured servers log warnings only; Tendero's builder reads the Logging section from the environment.
static void QuietLogs() => Environment.SetEnvironmentVariable("Logging__LogLevel__Default", "Warning");
