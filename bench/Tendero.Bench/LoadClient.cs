using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace Tendero.Bench;

/// <summary>
/// Keeps a fixed number of signed webhooks in flight: warm-up, then a measured window. A request counts in the window
/// when it completes inside it; only 200 answers count, anything else is an error. In-flight requests finish at the end.
/// </summary>
internal sealed class LoadClient(Uri url, BenchOptions options, SignedBody[] bodies)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private readonly Lock gate = new();
    private readonly long[] perSecond = new long[options.Warmup + options.Seconds + 1];
    private long next = -1;
    private long ok;
    private long errors;
    private bool ranOut;
    private string? firstError;

    public async Task<LoadResult> RunAsync(CancellationToken ct)
    {
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.Concurrency,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var start = Stopwatch.GetTimestamp();
        var windowStart = start + options.Warmup * Stopwatch.Frequency;
        var windowEnd = windowStart + options.Seconds * Stopwatch.Frequency;
        var workers = Enumerable.Range(0, options.Concurrency)
            .Select(_ => Task.Run(() => WorkerAsync(http, windowStart, windowEnd, ct), ct)).ToArray();
        var results = await Task.WhenAll(workers);
        var timeline = string.Join(' ', perSecond[..^1].Select((n, i) => (i == options.Warmup ? "| " : "") + $"{n / 1000.0:F1}k"));
        await Console.Error.WriteLineAsync($"  client: 200s per second (warm-up | measured): {timeline}");
        var latencies = results.SelectMany(r => r.Latencies).Order().ToArray();
        // When the bodies ran out early, the window ends at the last completion rather than at its nominal end.
        var end = ranOut ? Math.Min(windowEnd, results.Max(r => r.LastDone)) : windowEnd;
        var measuredSeconds = Math.Max(0, end - windowStart) / (double)Stopwatch.Frequency;
        return new LoadResult(ok, errors, latencies.Length, measuredSeconds,
            Percentile(latencies, 0.50), Percentile(latencies, 0.99), ranOut, firstError,
            Process.GetCurrentProcess().TotalProcessorTime - cpu);
    }

    private async Task<(List<long> Latencies, long LastDone)> WorkerAsync(
        HttpClient http, long windowStart, long windowEnd, CancellationToken ct)
    {
        var latencies = new List<long>(64 * 1024);
        var lastDone = 0L;
        while (Stopwatch.GetTimestamp() < windowEnd && Take() is { } body)
        {
            var sent = Stopwatch.GetTimestamp();
            var answered = await SendAsync(http, body, ct);
            var done = lastDone = Stopwatch.GetTimestamp();
            if (answered && sent >= windowStart && done < windowEnd)
            {
                latencies.Add(done - sent);
            }
            if (answered)
            {
                Interlocked.Increment(ref perSecond[Math.Min(perSecond.Length - 1, (done - windowStart + options.Warmup * Stopwatch.Frequency) / Stopwatch.Frequency)]);
            }
        }
        return (latencies, lastDone);
    }

    private SignedBody? Take()
    {
        var i = Interlocked.Increment(ref next);
        if (i < bodies.Length)
        {
            return bodies[i];
        }
        if (options.Reuse)
        {
            return bodies[i % bodies.Length];
        }
        ranOut = true;
        return null;
    }

    private async Task<bool> SendAsync(HttpClient http, SignedBody body, CancellationToken ct)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body.Body) };
            request.Content.Headers.ContentType = Json;
            request.Headers.TryAddWithoutValidation("X-Hub-Signature-256", body.Signature);
            using var response = await http.SendAsync(request, ct);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                Interlocked.Increment(ref ok);
                return true;
            }
            Fail($"HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
        }
        catch (HttpRequestException e)
        {
            Fail(e.Message);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            Fail("timeout: " + e.Message);
        }
        return false;
    }

    private void Fail(string error)
    {
        Interlocked.Increment(ref errors);
        lock (gate)
        {
            firstError ??= error;
        }
    }

    private static double Percentile(long[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))] * 1000.0 / Stopwatch.Frequency;
}
