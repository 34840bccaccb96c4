using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tendero.Config;

namespace Tendero.Export;

/// <summary>
/// The <c>retention</c> worker: every hour, for each business with a <c>retention:</c> section, purges message bodies
/// older than its <c>message_bodies_days</c> (see <see cref="MessageRetention"/>). Its body is <see cref="RunOnceAsync"/>.
/// </summary>
public sealed partial class RetentionWorker(Businesses businesses, MessageRetention retention, TimeProvider time, ILogger<RetentionWorker> logger) : Hosting.PeriodicWorker
{
    public static readonly TimeSpan Every = TimeSpan.FromHours(1);

    public async Task<PurgeCounts> RunOnceAsync(CancellationToken ct)
    {
        var total = new PurgeCounts(0, 0, 0);
        foreach (var business in businesses.All)
        {
            if (business.Retention is not { } rule)
            {
                continue;
            }
            var cutoff = time.GetUtcNow() - TimeSpan.FromDays(rule.MessageBodiesDays);
            var counts = await retention.PurgeAsync(business.Id, cutoff.ToUnixTimeMilliseconds(), ct);
            if (counts.Total > 0)
            {
                Log.Purged(logger, business.Id, counts.Messages, counts.Chains, counts.Events, rule.MessageBodiesDays);
            }
            total = new PurgeCounts(total.Messages + counts.Messages, total.Chains + counts.Chains, total.Events + counts.Events);
        }
        return total;
    }

    protected override TimeProvider Clock => time;

    protected override TimeSpan Period => Every;

    protected override Task RoundAsync(CancellationToken ct) => RunOnceAsync(ct);

    protected override void RoundFailed(Exception error) => Log.Failed(logger, error);

    private static partial class Log
    {
        [LoggerMessage(9101, LogLevel.Information, "Retention for {Business}: bodies of {Messages} messages, {Chains} alerts and {Events} events older than {Days} days purged")]
        public static partial void Purged(ILogger logger, string business, long messages, long chains, long events, int days);

        [LoggerMessage(9102, LogLevel.Error, "Retention round failed; it runs again within the hour")]
        public static partial void Failed(ILogger logger, Exception e);
    }
}
