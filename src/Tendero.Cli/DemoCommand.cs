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
    /// <summary>The evening's default clock: ten simulated minutes a real second.</summary>
    private const double EveningSpeed = 600;

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
        var burst = new Option<bool>("--burst")
        {
            Description = "Play a burst of --messages unrelated customer messages and the alerts of businesses/demo/people.yaml, instead of the evening at La Fonda",
        };
        var command = new Command("demo", "Run Tendero with the simulator and virtual customers: an evening of bookings at La Fonda") { messages, faults, exit, listen, burst };
        common.AddTo(command, withSimulate: false);
        command.Options.Add(common.Speed);
        command.SetAction(async (result, ct) =>
        {
            var speed = result.GetValue(common.Speed);
            var evening = !result.GetValue(burst);
            DateTimeOffset? start = null;
            if (evening)
            {
                // An evening from 10:00 to 22:00 in about 75 seconds unless --speed says otherwise.
                speed = speed > 1 ? speed : EveningSpeed;
                start = Demo.Evening.EveningRun.ClockStart(TimeProvider.System);
            }
            var run = new DemoRun(
                common.Settings(result, null) with
                {
                    BusinessesDir = CommonOptions.ResolveBusinesses(result.GetValue(common.Businesses)!),
                    Time = start is { } from ? new Tendero.Hosting.ScaledTimeProvider(TimeProvider.System, speed, from) : CommonOptions.ClockFor(speed),
                    Speed = speed,
                },
                result.GetValue(listen)!, result.GetValue(messages), result.GetValue(faults), result.GetValue(exit),
                start is { } clockStart ? Demo.Evening.EveningRun.Opening(clockStart) : null);
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
