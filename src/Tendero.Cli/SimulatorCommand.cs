using System.CommandLine;

namespace Tendero.Cli;

/// <summary><c>tendero simulator</c>: the providers alone, for a server running in another process.</summary>
internal static class SimulatorCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var listen = new Option<string>("--listen") { Description = "Where the simulator listens", DefaultValueFactory = _ => "http://127.0.0.1:5090" };
        var command = new Command("simulator", "Run the WhatsApp, Telegram and Twilio simulator on loopback") { listen };
        command.Options.Add(common.Businesses);
        command.Options.Add(common.Urls);
        common.Urls.Description = "Where the Tendero server listens (the simulator sends webhooks there)";
        command.SetAction(async (result, ct) =>
        {
            await using var simulator = await SimulatorHost.StartAsync(
                CommonOptions.ResolveBusinesses(result.GetValue(common.Businesses)!), new Uri(result.GetValue(common.Urls)!.Split(';')[0]),
                result.GetValue(listen)!, null, TimeProvider.System, ct);
            Console.WriteLine("Point a server at it with: tendero serve --simulate " + simulator.BaseAddress);
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, TimeProvider.System, ct);
            }
            catch (OperationCanceledException)
            {
                // Ctrl-C: stop quietly.
            }
            return 0;
        });
        return command;
    }
}
