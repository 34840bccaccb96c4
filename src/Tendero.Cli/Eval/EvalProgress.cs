using Spectre.Console;

namespace Tendero.Cli.Eval;

/// <summary>
/// Progress on stderr, so stdout stays the report alone (and parses with --json): a live bar on a terminal, a line
/// every tenth of the way otherwise (a log or CI output gets a few lines, not a redraw per case).
/// </summary>
internal static class EvalProgress
{
    public static async Task<T> RunAsync<T>(IAnsiConsole errors, int total, Func<Action, Task<T>> work)
    {
        if (errors.Profile.Capabilities.Interactive)
        {
            return await errors.Progress().AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask("Evaluating", maxValue: Math.Max(total, 1));
                    return await work(() => task.Increment(1));
                });
        }
        var done = 0;
        var every = Math.Max(total / 10, 1);
        return await work(() =>
        {
            done++;
            if (done % every == 0 || done == total)
            {
                errors.WriteLine($"Evaluated {done}/{total} cases");
            }
        });
    }
}
