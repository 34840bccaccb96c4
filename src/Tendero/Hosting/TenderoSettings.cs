namespace Tendero.Hosting;

/// <summary>What the CLI hands the server: the flags of <c>tendero serve</c>, resolved.</summary>
public sealed record TenderoSettings
{
    /// <summary>A SQLite path or a PostgreSQL connection string.</summary>
    public string Db { get; init; } = Storage.DatabaseFactory.DefaultSqlitePath;

    public string Urls { get; init; } = "http://127.0.0.1:5080";

    public string BusinessesDir { get; init; } = "./businesses";

    /// <summary>The simulator's base address when every channel is pointed at it (<c>--simulate</c>).</summary>
    public Uri? Simulator { get; init; }

    /// <summary>Reads environment variables; in simulate mode unset secrets fall back to the documented demo values.</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>
    /// How many times faster than real time <see cref="Time"/> runs (a <see cref="ScaledTimeProvider"/>, for the demo's
    /// <c>--speed</c>). Durations that must stay real (leases, send timeouts, idle polls) are multiplied by it. Default 1.
    /// </summary>
    public double Speed { get; init; } = 1;

    /// <summary>Workers to run; null runs all (dispatcher, responder, chains, agents, telegram-polling, actions).</summary>
    public IReadOnlyCollection<string>? Workers { get; init; }

    /// <summary>Agents to run (<c>--agents parser,conversation</c>); null runs all of them.</summary>
    public IReadOnlyCollection<string>? Agents { get; init; }

    /// <summary>Tunes the agent runtime (tests shorten its backoff).</summary>
    public Action<Agents.AgentOptions>? AgentRuntime { get; init; }

    /// <summary>Tunes the actions worker (tests shorten its backoff).</summary>
    public Action<Connectors.Actions.ActionOptions>? Actions { get; init; }

    /// <summary>Tunes the dispatcher (tests shorten waits).</summary>
    public Action<Delivery.DispatcherOptions>? Dispatcher { get; init; }

    /// <summary>Extra registrations after Tendero's own (a test's in-memory reservation book, say); a later one wins.</summary>
    public Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? Services { get; init; }

    /// <summary>Adjusts the chain runner's options (tests make it take small batches, for example).</summary>
    public Action<Delivery.Chains.ChainOptions>? Chains { get; init; }
}
