using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tendero.Config;
using Tendero.Storage;

namespace Tendero.Reports;

/// <summary>
/// Writes each business's previous-month report once, on the day and at the local time its <c>report:</c> section names.
/// The last month written is a cursor in the database (<c>report:&lt;business&gt;</c>), so a restart neither repeats nor
/// skips one; a server that was down on the day writes it when it comes back, and catches up on missed months after it.
/// A month with no messages and no costs (before Tendero was in use) is marked done without a file.
/// </summary>
public sealed partial class ReportWorker(Businesses businesses, IDatabase database, TimeProvider time, ILogger<ReportWorker> log) : Hosting.PeriodicWorker
{
    /// <summary>How often the schedule is looked at; a report is written within this long of its time.</summary>
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    private const int MaxCatchUp = 12;
    private readonly CursorStore cursors = new(database);
    private readonly MonthlyReport report = new(database, time);

    /// <summary>Writes every report that is due; returns how many files it wrote.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var written = 0;
        foreach (var business in businesses.All)
        {
            if (business.Report is not { } schedule)
            {
                continue;
            }
            var due = ReportSchedule.LatestDue(schedule, business.TimeZone, time.GetUtcNow());
            var cursor = "report:" + business.Id;
            var done = await cursors.GetAsync(cursor, ct) is { } text && ReportMonth.TryParse(text, out var last) ? last : (ReportMonth?)null;
            foreach (var month in Pending(done, due))
            {
                var (now, before) = await report.FiguresAsync(business, month, ct);
                if (now.Messages == 0 && now.CostMicros == business.ComputePerMonthMicros) // nothing happened but the server ran
                {
                    Log.Empty(log, business.Id, month.ToString());
                }
                else
                {
                    var path = Path.Combine(schedule.Folder, ReportSchedule.FileName(business.Id, month));
                    await report.SaveAsync(business, now, before, path, ct);
                    Log.Written(log, business.Id, month.ToString(), path);
                    written++;
                }
                await cursors.SetAsync(cursor, month.ToString(), ct);
            }
        }
        return written;
    }

    /// <summary>The months after the last one written, up to the due one (only the due one the first time).</summary>
    private static IEnumerable<ReportMonth> Pending(ReportMonth? done, ReportMonth due)
    {
        var months = new List<ReportMonth>();
        for (var m = due; (done is null ? months.Count < 1 : Before(done.Value, m)) && months.Count < MaxCatchUp; m = m.Previous)
        {
            months.Insert(0, m);
        }
        return months;
    }

    private static bool Before(ReportMonth a, ReportMonth b) => (a.Year, a.Month).CompareTo((b.Year, b.Month)) < 0;

    protected override TimeProvider Clock => time;

    protected override TimeSpan Period => Every;

    protected override Task RoundAsync(CancellationToken ct) => RunOnceAsync(ct);

    protected override void RoundFailed(Exception error) => Log.Failed(log, error);

    private static partial class Log
    {
        [LoggerMessage(8201, LogLevel.Information, "Monthly report of {Business} for {Month} written to {Path}")]
        public static partial void Written(ILogger logger, string business, string month, string path);

        [LoggerMessage(8202, LogLevel.Information, "Monthly report of {Business} for {Month}: no messages or costs that month, no file written")]
        public static partial void Empty(ILogger logger, string business, string month);

        [LoggerMessage(8203, LogLevel.Error, "Monthly reports failed; trying again in a minute")]
        public static partial void Failed(ILogger logger, Exception exception);
    }
}
