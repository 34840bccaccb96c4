using System.Diagnostics;
using System.Text;

namespace Tendero.IntegrationTests.Support;

/// <summary>
/// A real <c>tendero serve</c> in its own process, so that a test can kill it with SIGKILL as a crash or a power cut would,
/// and start it again on the same database.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private ServerProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>What the server printed so far, for a failing test's message.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>
    /// Starts <c>tendero serve</c> and waits until it is healthy. <paramref name="businesses"/> defaults to
    /// <see cref="TestBusinesses.Path"/> and <paramref name="lease"/> (the dispatcher's) to 10 s.
    /// </summary>
    public static async Task<ServerProcess> StartAsync(
        string db, Uri url, Uri simulator, IReadOnlyDictionary<string, string>? environment = null, string? businesses = null, TimeSpan? lease = null,
        IEnumerable<string>? extraArgs = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "Tendero.Cli.dll"), "serve", "--db", db, "--urls", url.ToString(),
                     "--businesses", businesses ?? TestBusinesses.Path, "--simulate", simulator.ToString(),
                     "--lease", (lease ?? TimeSpan.FromSeconds(10)).ToString("c", System.Globalization.CultureInfo.InvariantCulture) }
                     .Concat(extraArgs ?? []))
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["TENDERO_API_KEY"] = TestApp.ApiKey;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        var server = new ServerProcess(Process.Start(start)!);
        try
        {
            await server.WaitHealthyAsync(url);
            return server;
        }
        catch
        {
            // A server that never became healthy must not outlive the test (it would hold the port and the database).
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>SIGKILL: no shutdown hooks, no flush, exactly like a crash.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            await KillAsync();
        }
        process.Dispose();
    }

    private async Task WaitHealthyAsync(Uri url)
    {
        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(2) };
        var started = Stopwatch.StartNew();
        while (started.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("The server exited at start:\n" + Output);
            }
            try
            {
                if ((await http.GetAsync("/healthz")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening, but too busy starting to answer within the 2 s timeout: ask again.
            }
            await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System);
        }
        throw new TimeoutException("The server did not become healthy in 30 s:\n" + Output);
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
