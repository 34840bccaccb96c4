using System.Diagnostics;
using System.Text.Json;

namespace Tendero.Bench;

/// <summary>
/// Runs the load generator as a second copy of this program (<c>--client URL</c>), so that its allocations and GC do
/// not land on the server's heap. It reports one JSON line on standard output; its progress goes to standard error.
/// </summary>
internal static class ClientProcess
{
    private const string LoadStarts = "load-starts";

    /// <summary>Runs the load process; <paramref name="onLoadStart"/> is called when its bodies are made and the load begins.</summary>
    public static async Task<LoadResult> RunAsync(BenchOptions options, Uri url, bool reuse, Action onLoadStart, CancellationToken ct)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ClientProcess).Assembly.Location); // started as `dotnet Tendero.Bench.dll`
        }
        foreach (var arg in options.ClientArgs(url, reuse))
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the load process.");
        await using var kill = ct.Register(() => process.Kill(entireProcessTree: true));
        string? line = null;
        while (await process.StandardOutput.ReadLineAsync(ct) is { } read)
        {
            if (read == LoadStarts)
            {
                onLoadStart();
            }
            else if (read.Length > 0)
            {
                line = read;
            }
        }
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0 || line is null)
        {
            throw new InvalidOperationException($"The load process failed (exit code {process.ExitCode}); its errors are above.");
        }
        return JsonSerializer.Deserialize(line, LoadResultJson.Default.LoadResult)
            ?? throw new InvalidOperationException($"The load process printed '{line}', not a result.");
    }

    /// <summary>The <c>--client</c> side: make the bodies, load the URL, print the result.</summary>
    public static async Task<int> MainAsync(BenchOptions options, CancellationToken ct)
    {
        var made = Stopwatch.StartNew();
        var bodies = SignedBodies.Create(options.BodyCount);
        await Console.Error.WriteLineAsync($"  client: {bodies.Length:N0} signed bodies made in {made.Elapsed.TotalSeconds:F1} s; "
            + $"{options.Warmup} s warm-up + {options.Seconds} s at {options.Concurrency} in flight on {options.ClientUrl}");
        Console.WriteLine(LoadStarts);
        var result = await new LoadClient(options.ClientUrl!, options, bodies).RunAsync(ct);
        Console.WriteLine(JsonSerializer.Serialize(result, LoadResultJson.Default.LoadResult));
        return 0;
    }
}
