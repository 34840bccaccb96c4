using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tendero.Config;
using Tendero.Storage;

namespace Tendero.Export;

/// <summary>
/// The <c>exports</c> worker: once a day, at the business's <c>exports.daily_at</c> (its local time), writes every table
/// of the business into <c>&lt;folder&gt;/&lt;yyyy-MM-dd&gt;/</c>. The folder is written under a temporary name and
/// renamed when complete, and a day whose folder exists is skipped, so an earlier export is never overwritten, a
/// restart does not export the same day twice, and a server that was down at that hour exports when it comes back.
/// Its body is <see cref="RunOnceAsync"/>, checked every minute.
/// </summary>
public sealed partial class DailyExportWorker(Businesses businesses, IDatabase database, TimeProvider time, ILogger<DailyExportWorker> logger) : Hosting.PeriodicWorker
{
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    /// <summary>Exports each business that is due and has no folder for today yet; returns the folders written.</summary>
    public async Task<IReadOnlyList<string>> RunOnceAsync(CancellationToken ct)
    {
        var written = new List<string>();
        foreach (var business in businesses.All)
        {
            if (business.Exports is not { } exports)
            {
                continue;
            }
            var local = TimeZoneInfo.ConvertTime(time.GetUtcNow(), business.TimeZone);
            if (TimeOnly.FromDateTime(local.DateTime) < exports.DailyAt)
            {
                continue;
            }
            var day = local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var target = Path.Combine(exports.Folder, day);
            if (Directory.Exists(target))
            {
                continue;
            }
            var partial = Path.Combine(exports.Folder, $".{day}.{Guid.NewGuid():N}.partial");
            try
            {
                var result = await Exporter.RunAsync(database, new ExportRequest(
                    new RowFilter(business.Id), exports.Formats, partial, business.TimeZone, WorkbookName: business.Id), null, ct);
                Directory.Move(partial, target); // fails if another node got there first: then its folder stands
                written.Add(target);
                Log.Exported(logger, business.Id, target, result.Rows, result.Tables.Count);
            }
            catch (IOException) when (Directory.Exists(target))
            {
                Log.AlreadyThere(logger, business.Id, target);
            }
            finally
            {
                if (Directory.Exists(partial))
                {
                    Directory.Delete(partial, recursive: true);
                }
            }
        }
        return written;
    }

    protected override TimeProvider Clock => time;

    protected override TimeSpan Period => Every;

    protected override Task RoundAsync(CancellationToken ct) => RunOnceAsync(ct);

    protected override void RoundFailed(Exception error) => Log.Failed(logger, error);

    private static partial class Log
    {
        [LoggerMessage(9001, LogLevel.Information, "Daily export of {Business} written to {Folder}: {Rows} rows in {Tables} tables")]
        public static partial void Exported(ILogger logger, string business, string folder, long rows, int tables);

        [LoggerMessage(9002, LogLevel.Information, "Daily export of {Business}: {Folder} was written meanwhile by another node; kept as it is")]
        public static partial void AlreadyThere(ILogger logger, string business, string folder);

        [LoggerMessage(9003, LogLevel.Error, "Daily export failed; it is tried again in a minute")]
        public static partial void Failed(ILogger logger, Exception e);
    }
}
