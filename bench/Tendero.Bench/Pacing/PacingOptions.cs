namespace Tendero.Bench.Pacing;

/// <summary>The flags of <c>pacing</c>, with their defaults. The backlog is sized from them, see <see cref="PerLane"/>.</summary>
internal sealed record PacingOptions
{
    /// <summary>The measured window. 30 s: long enough that a lane running 2 % slow is 18+ WhatsApp messages short.</summary>
    public int Seconds { get; init; } = 30;

    /// <summary>Time from the start of sending to the window: the JIT warms up and every lane's first deferrals are written.</summary>
    public int Ramp { get; init; } = 5;

    /// <summary>Distinct WhatsApp users per business. 600 users at one message per 6.22 s (the lane's spacing with its
    /// jitter margin) allow 96 messages/s, so the number's 80/s, not the users, is what limits the lane.</summary>
    public int Users { get; init; } = 600;

    /// <summary>Distinct Telegram chats per business. 40 chats at 1/s allow 40 messages/s, above the bot's 30.</summary>
    public int Chats { get; init; } = 40;

    /// <summary>Work beyond the window, so no lane runs dry before it ends even if the ramp was slow.</summary>
    public int Tail { get; init; } = 3;

    /// <summary>Sends in flight over all lanes (<c>DispatcherOptions.MaxConcurrency</c>); null keeps the server's default.</summary>
    public int? MaxConcurrency { get; init; }

    /// <summary>Where to write the simulator's journal and a copy of the database (<see cref="JournalDump"/>); null writes nothing.</summary>
    public string? Dump { get; init; }

    public const int Businesses = 3;

    /// <summary>Messages to queue for a lane whose limit is <paramref name="perSecond"/>: its limit times ramp + window + tail.</summary>
    public int PerLane(double perSecond) => (int)Math.Ceiling(perSecond * (Ramp + Seconds + Tail));

    public static PacingOptions Parse(IReadOnlyList<string> args)
    {
        var options = new PacingOptions();
        for (var i = 1; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--seconds" => options with { Seconds = Positive(Next(), "--seconds") },
                "--ramp" => options with { Ramp = Positive(Next(), "--ramp") },
                "--users" => options with { Users = Positive(Next(), "--users") },
                "--chats" => options with { Chats = Positive(Next(), "--chats") },
                "--tail" => options with { Tail = Positive(Next(), "--tail") },
                "--max-concurrency" => options with { MaxConcurrency = Positive(Next(), "--max-concurrency") },
                "--dump" => options with { Dump = Next() },
                var other => throw new ArgumentException($"Unknown argument '{other}' for pacing. See bench/README.md."),
            };
        }
        return options;
    }

    private static int Positive(string value, string flag) =>
        int.TryParse(value, out var n) && n > 0 ? n : throw new ArgumentException($"{flag} must be a positive whole number, not '{value}'.");
}
