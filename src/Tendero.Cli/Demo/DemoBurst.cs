using Tendero.Simulator;

namespace Tendero.Cli.Demo;

/// <summary>What the virtual customers managed to hand to our webhooks.</summary>
internal sealed record BurstResult(int Scripted, int Accepted, IReadOnlyList<string> Refused);

/// <summary>Plays the scripted customer messages at their offsets, as the providers would deliver them to our webhooks.</summary>
internal static class DemoBurst
{
    public static async Task<BurstResult> PlayAsync(ProviderSimulator simulator, IReadOnlyList<ScriptedMessage> script, CancellationToken ct)
    {
        var start = TimeProvider.System.GetTimestamp();
        var refused = new System.Collections.Concurrent.ConcurrentBag<string>();
        var accepted = 0;
        await Parallel.ForEachAsync(script, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = ct }, async (message, token) =>
        {
            var wait = message.At - TimeProvider.System.GetElapsedTime(start);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, TimeProvider.System, token);
            }
            var result = await simulator.Customers.SendAsync(message, token);
            if (result.HttpStatus is >= 200 and < 300)
            {
                Interlocked.Increment(ref accepted);
            }
            else
            {
                refused.Add($"{message.Channel} {message.From}: HTTP {result.HttpStatus?.ToString() ?? "no answer"}");
            }
        });
        return new BurstResult(script.Count, accepted, refused.ToList());
    }
}
