namespace Tendero.Bench;

/// <summary>The flags of <c>webhooks</c> and of the internal <c>--client</c> mode, with their defaults.</summary>
internal sealed record BenchOptions
{
    public const string PostgresVariable = "TENDERO_BENCH_POSTGRES";

    /// <summary>The measured window.</summary>
    public int Seconds { get; init; } = 10;

    /// <summary>
    /// Load before the window starts. On two busy cores the JIT needs 6–8 s of load to move Tendero's hot path
    /// (Dapper, SQLite, the parser) to optimised code (PostgreSQL's ~15 s): 2 s measured a cold server at half speed.
    /// </summary>
    public int Warmup { get; init; } = 10;

    /// <summary>Requests in flight at every moment, one HTTP/1.1 connection each.</summary>
    public int Concurrency { get; init; } = 64;

    /// <summary>Distinct signed bodies generated before timing; 0 sizes them for 25,000 requests/s.</summary>
    public int Bodies { get; init; }

    public string? Postgres { get; init; } = Environment.GetEnvironmentVariable(PostgresVariable);

    /// <summary>Which targets to run, in order.</summary>
    public IReadOnlyList<string> Targets { get; init; } = ["raw", "sqlite", "postgres"];

    /// <summary>Client mode only: the webhook URL to load.</summary>
    public Uri? ClientUrl { get; init; }

    /// <summary>Client mode only: cycle through the bodies instead of stopping when they run out (raw Kestrel).</summary>
    public bool Reuse { get; init; }

    public int BodyCount => Bodies > 0 ? Bodies : (Warmup + Seconds) * 25_000;

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "webhooks" or "profile" => options,
                "--seconds" => options with { Seconds = Positive(Next(), "--seconds") },
                "--warmup" => options with { Warmup = int.Parse(Next()) },
                "--concurrency" => options with { Concurrency = Positive(Next(), "--concurrency") },
                "--bodies" => options with { Bodies = Positive(Next(), "--bodies") },
                "--postgres" => options with { Postgres = Next() },
                "--targets" => options with { Targets = Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--client" => options with { ClientUrl = new Uri(Next()) },
                "--reuse" => options with { Reuse = true },
                var other => throw new ArgumentException($"Unknown argument '{other}'. See bench/README.md."),
            };
        }
        return options;
    }

    /// <summary>The arguments that start a load process against <paramref name="url"/> with these settings.</summary>
    public IEnumerable<string> ClientArgs(Uri url, bool reuse)
    {
        string[] common = ["--client", url.ToString(), "--seconds", $"{Seconds}", "--warmup", $"{Warmup}",
            "--concurrency", $"{Concurrency}", "--bodies", $"{BodyCount}"];
        return reuse ? [.. common, "--reuse"] : common;
    }

    private static int Positive(string value, string flag) =>
        int.TryParse(value, out var n) && n > 0 ? n : throw new ArgumentException($"{flag} must be a positive whole number, not '{value}'.");
}
