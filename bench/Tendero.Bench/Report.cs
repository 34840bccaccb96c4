namespace Tendero.Bench;

/// <summary>One line of the table: a target's load result and stored rows, or why it was skipped.</summary>
internal sealed record TargetRun(string Target, LoadResult? Result, long? Rows, ServerCost? Cost = null, string? Skipped = null)
{
    /// <summary>True when a durable target stored a different number of messages than it answered 200 for.</summary>
    public bool Lost => Result is not null && Rows is not null && Rows != Result.Ok;
}

/// <summary>Prints the table, the ratio to raw Kestrel, the verdict on the SQLite target, and the durability check.</summary>
internal static class Report
{
    public const double SqliteTarget = 10_000;

    public static void Print(BenchOptions options, IReadOnlyList<TargetRun> runs)
    {
        var raw = runs.FirstOrDefault(r => r.Target == "raw Kestrel")?.Result?.PerSecond;
        Console.WriteLine();
        Console.WriteLine($"Signed WhatsApp webhooks: {options.Concurrency} in flight, {options.Warmup} s warm-up + {options.Seconds} s measured, "
            + $"load from a separate process, {Environment.ProcessorCount} cores");
        Console.WriteLine($"{"target",-20}{"requests/s",12}{"p50 ms",9}{"p99 ms",9}{"errors",9}{"200s",11}{"rows stored",13}{"vs raw",9}");
        foreach (var run in runs)
        {
            if (run.Result is not { } r)
            {
                Console.WriteLine($"{run.Target,-20}skipped: {run.Skipped}");
                continue;
            }
            var ratio = raw is > 0 ? $"{r.PerSecond / raw.Value:F2}" : "n/a";
            Console.WriteLine($"{run.Target,-20}{r.PerSecond,12:N0}{r.P50Ms,9:F2}{r.P99Ms,9:F2}{r.Errors,9:N0}{r.Ok,11:N0}"
                + $"{(run.Rows is { } rows ? rows.ToString("N0") : "n/a"),13}{ratio,9}");
            if (r.RanOut)
            {
                Console.WriteLine($"{"",20}ran out of unique bodies after {r.MeasuredSeconds:F1} s of the window: raise --bodies");
            }
            if (r.FirstError is not null)
            {
                Console.WriteLine($"{"",20}first error: {r.FirstError}");
            }
        }
        Console.WriteLine();
        foreach (var run in runs.Where(r => r.Cost is not null))
        {
            Console.WriteLine($"{run.Target}: {run.Cost!.Describe(run.Result!.Ok + run.Result.Errors, run.Result.ClientCpu)}");
        }
        Console.WriteLine();
        if (runs.FirstOrDefault(r => r.Target == "Tendero SQLite")?.Result is { } sqlite)
        {
            Console.WriteLine(sqlite.PerSecond >= SqliteTarget
                ? $"SQLite target MET: {sqlite.PerSecond:N0} signed, durable webhooks/s >= {SqliteTarget:N0}/s."
                : $"SQLite target NOT MET: {sqlite.PerSecond:N0} signed, durable webhooks/s < {SqliteTarget:N0}/s.");
        }
        foreach (var run in runs.Where(r => r.Rows is not null))
        {
            Console.WriteLine(run.Lost
                ? $"{run.Target}: LOST — {run.Result!.Ok:N0} webhooks answered 200 but {run.Rows:N0} messages stored."
                : $"{run.Target}: durable — {run.Result!.Ok:N0} webhooks answered 200, {run.Rows:N0} messages stored.");
        }
    }
}
