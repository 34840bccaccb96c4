using System.Diagnostics;

namespace Tendero.Bench.Profile;

/// <summary>
/// Times one step over many inputs on one thread and prints µs per call. The warm-up (half a second, or at most half
/// the inputs) lets the JIT reach its optimised tier first, as it has in a server that has run for a while.
/// </summary>
internal static class Timing
{
    public static async Task<double> MeasureAsync<T>(string what, IReadOnlyList<T> inputs, Func<T, ValueTask> step)
    {
        var warm = 0;
        var warming = Stopwatch.GetTimestamp();
        while (warm < inputs.Count / 2 && Stopwatch.GetElapsedTime(warming) < TimeSpan.FromMilliseconds(500))
        {
            await step(inputs[warm++]);
        }
        var start = Stopwatch.GetTimestamp();
        for (var i = warm; i < inputs.Count; i++)
        {
            await step(inputs[i]);
        }
        var micro = Stopwatch.GetElapsedTime(start).TotalMicroseconds / (inputs.Count - warm);
        Console.WriteLine($"  {what,-68}{micro,10:F1} µs");
        return micro;
    }

    public static Task<double> Measure<T>(string what, IReadOnlyList<T> inputs, Action<T> step) =>
        MeasureAsync(what, inputs, x =>
        {
            step(x);
            return ValueTask.CompletedTask;
        });
}
