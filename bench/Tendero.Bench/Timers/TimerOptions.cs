namespace Tendero.Bench.Timers;

/// <summary>The flags of <c>timers</c>, with their defaults.</summary>
internal sealed record TimerOptions
{
    /// <summary>Pending chains in the table once the stream is in: most due weeks away, <see cref="StreamCount"/> of them due during the run.</summary>
    public int Chains { get; init; } = 1_000_000;

    /// <summary>Chains coming due each second of the measured stream.</summary>
    public int PerSecond { get; init; } = 200;

    /// <summary>How long the stream of due chains lasts.</summary>
    public int Seconds { get; init; } = 60;

    /// <summary>Rows per insert transaction while seeding.</summary>
    public int Batch { get; init; } = 10_000;

    /// <summary>Seconds of timing the idle round (claim, next due, wake-up pass) before the runner starts.</summary>
    public int ScanSeconds { get; init; } = 10;

    /// <summary>Wake-up passes timed after one new message each (they scan every waiting chain, so a few suffice).</summary>
    public int Wakes { get; init; } = 3;

    /// <summary>Time between the stream's insert and its first due chain, so the runner is asleep and steady when it starts.</summary>
    public int Lead { get; init; } = 3;

    /// <summary>Where to copy the database after the run, to look at its rows and query plans; null copies nothing.</summary>
    public string? Dump { get; init; }

    public int StreamCount => PerSecond * Seconds;

    public int FarCount => Chains - StreamCount;

    public static TimerOptions Parse(IReadOnlyList<string> args)
    {
        var options = new TimerOptions();
        for (var i = 1; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--chains" => options with { Chains = Positive(Next(), "--chains") },
                "--per-second" => options with { PerSecond = Positive(Next(), "--per-second") },
                "--seconds" => options with { Seconds = Positive(Next(), "--seconds") },
                "--batch" => options with { Batch = Positive(Next(), "--batch") },
                "--lead" => options with { Lead = Positive(Next(), "--lead") },
                "--scan-seconds" => options with { ScanSeconds = Positive(Next(), "--scan-seconds") },
                "--wakes" => options with { Wakes = Positive(Next(), "--wakes") },
                "--dump" => options with { Dump = Next() },
                var other => throw new ArgumentException($"Unknown argument '{other}' for timers. See bench/README.md."),
            };
        }
        return options.FarCount >= 0 ? options
            : throw new ArgumentException($"--chains ({options.Chains:N0}) must be at least --per-second × --seconds ({options.StreamCount:N0}).");
    }

    private static int Positive(string value, string flag) =>
        int.TryParse(value, out var n) && n > 0 ? n : throw new ArgumentException($"{flag} must be a positive whole number, not '{value}'.");
}
