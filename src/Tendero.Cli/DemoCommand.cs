using System.CommandLine;
using Tendero.Cli.Demo;
using Tendero.Config;

namespace Tendero.Cli;

/// <summary>
/// <c>tendero demo</c>: the server, the simulator and virtual customers writing in Spanish and English on all three
/// channels. It plays a burst, prints what happened, and keeps serving until Ctrl-C (or stops with <c>--exit</c>,
/// its exit code saying whether anything was lost).
/// </summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        common.Db.DefaultValueFactory = _ => "./data/demo.db";
        common.Db.Description = "The demo's own database (a SQLite file is emptied at each start), or a PostgreSQL connection string";
        var messages = new Option<int>("--messages") { Description = "How many customer messages the burst holds", DefaultValueFactory = _ => 300 };
        var faults = new Option<double>("--faults")
        {
            Description = "The share of sends the simulated providers answer with a server error (they are retried)",
            DefaultValueFactory = _ => 0.05,
        };
        var exit = new Option<bool>("--exit") { Description = "Stop after the summary; the exit code is 1 if anything was lost" };
        var listen = new Option<string>("--simulator-urls") { Description = "Where the simulator listens", DefaultValueFactory = _ => "http://127.0.0.1:5090" };
        var command = new Command("demo", "Run Tendero with the simulator and virtual customers") { messages, faults, exit, listen };
        common.AddTo(command, withSimulate: false);
        command.Options.Add(common.Speed);
        command.SetAction(async (result, ct) =>
        {
            var speed = result.GetValue(common.Speed);
            var run = new DemoRun(
                common.Settings(result, null) with
                {
                    BusinessesDir = CommonOptions.ResolveBusinesses(result.GetValue(common.Businesses)!),
                    Time = CommonOptions.ClockFor(speed),
                    Speed = speed,
                },
                result.GetValue(listen)!, result.GetValue(messages), result.GetValue(faults), result.GetValue(exit));
            try
            {
                return await run.RunAsync(ct);
            }
            catch (BusinessConfigException e)
            {
                await Console.Error.WriteLineAsync("The demo cannot start: " + e.Message);
                return 2;
            }
        });
        return command;
    }
}
