using Spectre.Console;

namespace Tendero.Cli.Demo;

/// <summary>Shows the replies settling (delivered, read, or failed with a reason) and returns whether they all did in time.</summary>
internal static class DemoProgress
{
    public static async Task<bool> WaitForSettledAsync(DemoCounts counts, int inbound, TimeSpan timeout, CancellationToken ct)
    {
        var settled = false;
        await AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress =>
            {
                var stored = progress.AddTask("Inbound stored", maxValue: Math.Max(inbound, 1));
                var replies = progress.AddTask("Replies settled", maxValue: Math.Max(inbound, 1));
                var deadline = TimeProvider.System.GetTimestamp();
                while (TimeProvider.System.GetElapsedTime(deadline) < timeout)
                {
                    var now = await counts.ProgressAsync(ct);
                    stored.Value = now.Inbound;
                    replies.MaxValue = Math.Max(now.Replies, 1);
                    replies.Value = now.Settled;
                    if (now.Inbound >= inbound && now.Unanswered == 0 && now.Settled == now.Replies)
                    {
                        settled = true;
                        break;
                    }
                    await Task.Delay(TimeSpan.FromMilliseconds(250), TimeProvider.System, ct);
                }
            });
        return settled;
    }
}
