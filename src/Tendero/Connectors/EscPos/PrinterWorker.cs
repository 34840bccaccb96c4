using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tendero.Config;
using Tendero.Delivery;
using Tendero.Delivery.Chains;
using Tendero.Hosting;

namespace Tendero.Connectors.EscPos;

/// <summary>
/// Prints queued tickets, one loop per configured printer. Each step claims the printer's oldest job, lays it out at
/// the printer's width, asks the printer's status and sends it. Off-line, out of paper or unreachable: the job goes
/// back with a backoff (5 s doubling to 1 min) and the jobs behind it wait, so nothing is lost and the order holds;
/// after the printer's <c>alert_after</c> staff are alerted, once per outage. Wakes when a job is queued.
/// </summary>
public sealed partial class PrinterWorker : BackgroundService
{
    private readonly PrintQueue queue;
    private readonly PrinterTransports transports;
    private readonly PrinterOutage outage;
    private readonly WorkSignals signals;
    private readonly PrinterOptions settings;
    private readonly TimeProvider time;
    private readonly ILogger<PrinterWorker> log;
    private readonly string owner;
    private readonly IReadOnlyList<(BusinessConfig Business, PrinterConfig Printer, WakeSignal Wake)> printers;

    public PrinterWorker(
        PrintQueue queue, PrinterTransports transports, PrinterOutage outage, Businesses businesses, WorkSignals signals,
        IOptions<PrinterOptions> options, IOptions<ServerOptions> server, TimeProvider time, ILogger<PrinterWorker> log)
    {
        (this.queue, this.transports, this.outage, this.signals, this.time, this.log) = (queue, transports, outage, signals, time, log);
        settings = options.Value;
        owner = server.Value.NodeId;
        printers = businesses.All.SelectMany(b => b.Printers.Values.Select(p => (b, p, new WakeSignal()))).ToList();
    }

    /// <summary>One step for every printer: at most one job each. Returns how many jobs printed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var printed = 0;
        foreach (var (business, printer, _) in printers)
        {
            printed += await StepAsync(business, printer, ct) == Step.Printed ? 1 : 0;
        }
        return printed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Log.Started(log, owner, printers.Count);
        await Task.WhenAll(printers.Select(p => LoopAsync(p.Business, p.Printer, p.Wake, stoppingToken)).Append(FanOutAsync(stoppingToken)));
    }

    public override void Dispose()
    {
        foreach (var (_, _, wake) in printers)
        {
            wake.Dispose();
        }
        base.Dispose();
    }

    private async Task<Step> StepAsync(BusinessConfig business, PrinterConfig printer, CancellationToken ct)
    {
        if (await queue.ClaimNextAsync(business.Id, printer.Name, owner, settings.Lease, ct) is not { } job)
        {
            return Step.Idle;
        }
        byte[] bytes;
        try
        {
            bytes = EscPosEncoder.Encode(TicketReader.Parse(job.TicketJson), printer.Width, printer.CodePage, printer.FullCut);
        }
        catch (TicketFormatException e)
        {
            await queue.MarkFailedAsync(job, owner, e.Message, ct);
            Log.Unprintable(log, job.Id, business.Id, printer.Name, e.Message);
            return Step.Failed;
        }
        var result = await transports.Open(printer.Address).PrintAsync(bytes, ct);
        if (result.Printed)
        {
            if (!await queue.MarkPrintedAsync(job, owner, ct))
            {
                Log.LeaseLost(log, job.Id);
            }
            await outage.BackAsync(business, printer, job, ct);
            return Step.Printed;
        }
        var now = time.GetUtcNow();
        var delay = Backoff.For((int)job.Attempts, settings.BaseBackoff, settings.MaxBackoff, Random.Shared.NextDouble());
        await queue.ScheduleRetryAsync(job, owner, now + delay, result.Status.Detail, ct);
        Log.NotPrinted(log, job.Id, business.Id, printer.Name, result.Status.State, result.Status.Detail, delay.TotalSeconds);
        if (await outage.FailingAsync(business, printer, job, job.FirstFailedAt ?? now, result.Status, ct) is AlertResult.Refused refused)
        {
            Log.AlertRefused(log, business.Id, printer.Name, refused.Detail);
        }
        return Step.Retried;
    }

    private async Task LoopAsync(BusinessConfig business, PrinterConfig printer, WakeSignal wake, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                if (await StepAsync(business, printer, ct) is Step.Printed or Step.Failed)
                {
                    continue; // the next ticket may be due already
                }
                var next = await queue.NextDueAsync(business.Id, printer.Name, ct);
                var sleep = next is { } due ? due - time.GetUtcNow() : settings.IdlePoll;
                await wake.WaitAsync(sleep < settings.IdlePoll ? sleep : settings.IdlePoll, time, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                Log.RoundFailed(log, e, business.Id, printer.Name);
                await Task.Delay(settings.IdlePoll, time, ct);
            }
        }
    }

    // A queued job wakes every printer loop; each looks at its own queue.
    private async Task FanOutAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await signals.Printers.WaitAsync(settings.IdlePoll, time, ct);
                foreach (var (_, _, wake) in printers)
                {
                    wake.Wake();
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                break;
            }
        }
    }

    private enum Step
    {
        Idle,
        Printed,
        Retried,
        Failed,
    }

    private static partial class Log
    {
        [LoggerMessage(910, LogLevel.Information, "Printer worker {Owner} started with {Printers} printers")]
        public static partial void Started(ILogger log, string owner, int printers);

        [LoggerMessage(911, LogLevel.Warning, "Print job {JobId} for {Business}/{Printer} not printed ({State}: {Detail}); retrying in {Seconds:0} s")]
        public static partial void NotPrinted(ILogger log, long jobId, string business, string printer, PrinterState state, string detail, double seconds);

        [LoggerMessage(912, LogLevel.Error, "Print job {JobId} for {Business}/{Printer} can never print and is marked failed: {Reason}")]
        public static partial void Unprintable(ILogger log, long jobId, string business, string printer, string reason);

        [LoggerMessage(913, LogLevel.Warning, "Print job {JobId} was taken over by another node before it was marked printed")]
        public static partial void LeaseLost(ILogger log, long jobId);

        [LoggerMessage(914, LogLevel.Error, "The outage alert for {Business}/{Printer} was refused: {Detail}")]
        public static partial void AlertRefused(ILogger log, string business, string printer, string detail);

        [LoggerMessage(915, LogLevel.Error, "A print round for {Business}/{Printer} failed; trying again shortly")]
        public static partial void RoundFailed(ILogger log, Exception error, string business, string printer);
    }
}
