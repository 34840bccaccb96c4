using System.CommandLine;
using Tendero.Hosting;
using Tendero.Storage;

namespace Tendero.Cli;

/// <summary>The flags every verb that touches a server or a database shares.</summary>
internal sealed class CommonOptions
{
    public Option<string> Db { get; } = new("--db")
    {
        Description = "A SQLite file path, or a PostgreSQL connection string (Host=...;Username=...;Database=... or postgres://...)",
        DefaultValueFactory = _ => DatabaseFactory.DefaultSqlitePath,
    };

    public Option<string> Businesses { get; } = new("--businesses")
    {
        Description = "The folder of business files (<id>.yaml)",
        DefaultValueFactory = _ => "./businesses",
    };

    public Option<string> Urls { get; } = new("--urls")
    {
        Description = "Where the server listens",
        DefaultValueFactory = _ => "http://127.0.0.1:5080",
    };

    public Option<string?> Simulate { get; } = new("--simulate")
    {
        Description = "Point every channel at the built-in simulator (its base URL; with no value, start one in this process)",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<double> Speed { get; } = new("--speed")
    {
        Description = "Run on an accelerated clock with the built-in simulator: 3600 makes one real second a simulated hour",
        DefaultValueFactory = _ => 1,
    };

    /// <summary>The clock for a run at <paramref name="speed"/>: the real one, or one that runs that many times faster.</summary>
    public static TimeProvider ClockFor(double speed) => speed > 1 ? new ScaledTimeProvider(TimeProvider.System, speed) : TimeProvider.System;

    public void AddTo(Command command, bool withUrls = true, bool withSimulate = true)
    {
        command.Options.Add(Db);
        command.Options.Add(Businesses);
        if (withUrls)
        {
            command.Options.Add(Urls);
        }
        if (withSimulate)
        {
            command.Options.Add(Simulate);
        }
    }

    public TenderoSettings Settings(ParseResult result, Uri? simulator) => new()
    {
        Db = result.GetValue(Db)!,
        BusinessesDir = result.GetValue(Businesses)!,
        Urls = result.GetValue(Urls) ?? "http://127.0.0.1:5080",
        Simulator = simulator,
    };

    /// <summary>Finds the businesses folder next to the executable when the current folder has none (a fresh clone run with dotnet run works either way).</summary>
    public static string ResolveBusinesses(string dir) =>
        Directory.Exists(dir) || dir != "./businesses" ? dir : Path.Combine(AppContext.BaseDirectory, "businesses");
}
