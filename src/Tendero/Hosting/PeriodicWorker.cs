using Microsoft.Extensions.Hosting;

namespace Tendero.Hosting;

/// <summary>
/// A worker that does one round of its work now and then every <see cref="Period"/> on its clock (the daily export,
/// retention, the monthly report, the reservations' time-of-day jobs). A failed round is reported and the next one
/// comes at the next tick; stopping ends the loop.
/// </summary>
public abstract class PeriodicWorker : BackgroundService
{
    /// <summary>The clock the rounds keep time by.</summary>
    protected abstract TimeProvider Clock { get; }

    /// <summary>How long between rounds.</summary>
    protected abstract TimeSpan Period { get; }

    /// <summary>One round of the work.</summary>
    protected abstract Task RoundAsync(CancellationToken ct);

    /// <summary>Logs a round that threw; the worker keeps going.</summary>
    protected abstract void RoundFailed(Exception error);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, Clock);
        do
        {
            try
            {
                await RoundAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                RoundFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
