using Dapper;
using Tendero.Storage;

namespace Tendero.Export;

/// <summary>What one purge took out: message bodies, alert texts and event payloads.</summary>
public sealed record PurgeCounts(long Messages, long Chains, long Events)
{
    public long Total => Messages + Chains + Events;
}

/// <summary>
/// Forgets what people wrote once it is older than the business's <c>retention.message_bodies_days</c>: a message's
/// text, the provider's raw JSON (captions, transcripts, media), its template parameters; an ended alert's text and
/// data; the payload of an event no agent still has to handle. Everything that counts stays: the rows, their channel,
/// direction, status, error codes, times, segments and costs, so monthly figures and the cost ledger do not change.
/// Messages still queued or being sent are never touched. It works in batches so the writer is never held long.
/// </summary>
public sealed class MessageRetention(IDatabase database)
{
    public const int BatchSize = 1000;
    public const string PurgedPayload = """{"purged":true}""";

    public async Task<PurgeCounts> PurgeAsync(string businessId, long cutoffMs, CancellationToken ct)
    {
        var messages = await LoopAsync($"""
            UPDATE messages SET text = NULL, raw = NULL, data = NULL
            WHERE id IN (SELECT id FROM messages
                         WHERE business_id = @businessId AND created_at < @cutoffMs
                           AND status NOT IN ('queued', 'sending')
                           AND (text IS NOT NULL OR raw IS NOT NULL OR data IS NOT NULL)
                         LIMIT {BatchSize})
            """, businessId, cutoffMs, ct);
        var chains = await LoopAsync($"""
            UPDATE chains SET text = '', data = NULL
            WHERE id IN (SELECT id FROM chains
                         WHERE business_id = @businessId AND created_at < @cutoffMs AND state = 'done'
                           AND (text <> '' OR data IS NOT NULL)
                         LIMIT {BatchSize})
            """, businessId, cutoffMs, ct);
        var events = await LoopAsync($"""
            UPDATE events SET payload = '{PurgedPayload}'
            WHERE id IN (SELECT e.id FROM events e
                         WHERE e.business_id = @businessId AND e.created_at < @cutoffMs AND e.payload <> '{PurgedPayload}'
                           AND NOT EXISTS (SELECT 1 FROM agent_work w WHERE w.event_id = e.id AND w.state = 'pending')
                         LIMIT {BatchSize})
            """, businessId, cutoffMs, ct);
        return new PurgeCounts(messages, chains, events);
    }

    private async Task<long> LoopAsync(string sql, string businessId, long cutoffMs, CancellationToken ct)
    {
        long total = 0;
        while (true)
        {
            var n = await database.WriteAsync((connection, transaction) => connection.ExecuteAsync(
                new CommandDefinition(sql, new { businessId, cutoffMs }, transaction, cancellationToken: ct)), ct);
            total += n;
            if (n < BatchSize)
            {
                return total;
            }
        }
    }
}
