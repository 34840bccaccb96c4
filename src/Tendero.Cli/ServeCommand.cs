using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Tendero.Config;
using Tendero.Hosting;

namespace Tendero.Cli;

/// <summary><c>tendero serve</c>: the web host with webhooks, API, health, status page and workers.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var command = new Command("serve", "Run the Tendero server");
        common.AddTo(command);
        var lease = new Option<TimeSpan>("--lease")
        {
            Description = "How long a message being sent stays reserved for its sender; after a crash, another node takes it over after this",
            DefaultValueFactory = _ => new Delivery.DispatcherOptions().Lease,
        };
        command.Options.Add(lease);
        var agents = new Option<string?>("--agents")
        {
            Description = $"Run only these agents here, comma-separated (default all: {string.Join(",", Agents.AgentCatalog.All)}); other processes can run the rest over the same database",
        };
        command.Options.Add(agents);
        command.Options.Add(common.Speed);
        command.SetAction(async (result, ct) =>
        {
            var simulate = result.GetResult(common.Simulate) is not null;
            var simulatorUrl = result.GetValue(common.Simulate);
            var speed = result.GetValue(common.Speed);
            if (speed != 1 && (!simulate || simulatorUrl is not null))
            {
                await Console.Error.WriteLineAsync("--speed needs the built-in simulator in this process (--simulate with no URL): real providers and other processes keep real time.");
                return 2;
            }
            var time = CommonOptions.ClockFor(speed);
            await using var simulator = simulate && simulatorUrl is null ? await SimulatorHost.StartForAsync(result, common, time, ct) : null;
            var simulatorBase = simulator?.BaseAddress ?? (simulatorUrl is null ? null : new Uri(simulatorUrl));
            var settings = common.Settings(result, simulatorBase) with
            {
                BusinessesDir = CommonOptions.ResolveBusinesses(result.GetValue(common.Businesses)!),
                Dispatcher = o => o.Lease = result.GetValue(lease),
                Time = time,
                Speed = speed,
                Agents = result.GetValue(agents)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            };
            return await RunAsync(settings, ct);
        });
        return command;
    }

    public static async Task<int> RunAsync(TenderoSettings settings, CancellationToken ct)
    {
        try
        {
            await using var app = await TenderoServer.BuildAsync(settings, ct);
            await app.StartAsync(ct);
            await app.WaitForShutdownAsync(ct);
            return 0;
        }
        catch (BusinessConfigException e)
        {
            await Console.Error.WriteLineAsync("Tendero cannot start: " + e.Message);
            return 2;
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException e)
        {
            await Console.Error.WriteLineAsync("Tendero cannot start: " + string.Join(" ", e.Failures));
            return 2;
        }
    }
}
