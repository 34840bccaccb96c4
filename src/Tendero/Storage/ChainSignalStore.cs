using Dapper;
using Tendero.Core;
using Tendero.Core.Chains;

namespace Tendero.Storage;

/// <summary>
/// Where chains learn what people did. <see cref="FactsAsync"/> reads the truth from the ledger (reads, deliveries,
/// replies, acks, failures) each time a chain is looked at. <see cref="WakeAsync"/> only makes that look happen
/// sooner: it follows the new inbound messages and status reports since its last run and pulls the affected
/// chains' <c>next_at</c> to now. If a wake is ever missed, the chain still sees the fact when its wait ends.
/// </summary>
public sealed class ChainSignalStore(IDatabase database, TimeProvider time)
{
    public Task<ChainFacts> FactsAsync(ChainRow chain, Person? person, CancellationToken ct) =>
        database.ReadAsync(async c =>
        {
            var notifies = (await c.QueryAsync<(long Step, string Channel, string Status, string? ErrorReason, long? ReadAt, long? DeliveredAt)>(
                new CommandDefinition(
                    """
                    SELECT e.step, m.channel, m.status, m.error_reason, m.read_at, m.delivered_at
                      FROM chain_events e JOIN messages m ON m.id = e.message_id
                     WHERE e.chain_id = @id AND e.kind = 'notify'
                    """, new { id = chain.Id }, cancellationToken: ct)))
                .Select(n => new NotifyFact((int)n.Step, ChannelNames.Parse(n.Channel), n.Status, n.ErrorReason, n.ReadAt is not null,
                    n.DeliveredAt is not null || n.ReadAt is not null || (n.Channel == "telegram" && n.Status == "sent")))
                .ToDictionary(n => n.Step);
            ChainSignal? strongest = null;
            string? detail = null;
            void Raise(ChainSignal signal, string why)
            {
                if (strongest is null || signal > strongest)
                {
                    (strongest, detail) = (signal, why);
                }
            }
            foreach (var n in notifies.Values)
            {
                if (n.Read) Raise(ChainSignal.Read, $"read on {n.Channel.Name()}");
                else if (n.Delivered) Raise(ChainSignal.Delivered, $"delivered on {n.Channel.Name()}");
            }
            foreach (var (channel, address) in person?.Addresses ?? new Dictionary<ChannelKind, string>())
            {
                var answers = await c.QueryAsync<(string Kind, string? Text)>(new CommandDefinition(
                    """
                    SELECT kind, text FROM messages
                     WHERE business_id = @business AND channel = @channel AND address = @address AND direction = 'in' AND id > @since
                     ORDER BY id LIMIT 200
                    """, new { business = chain.BusinessId, channel = channel.Name(), address, since = chain.SinceId }, cancellationToken: ct));
                foreach (var (kind, text) in answers)
                {
                    if (AckCodes.Classify(chain.Id, kind, text) is { } signal)
                    {
                        Raise(signal, signal == ChainSignal.Acked ? $"acknowledged on {channel.Name()}" : $"replied on {channel.Name()}");
                    }
                }
            }
            return new ChainFacts(strongest, detail, notifies);
        }, ct);

    /// <summary>Pulls in the chains that new inbound messages and status reports concern. Returns how many it woke.</summary>
    public Task<int> WakeAsync(CancellationToken ct) =>
        database.WriteAsync(async (c, t) =>
        {
            var now = time.NowMs();
            var woken = 0;
            var (messageFrom, messageTo) = await RangeAsync(c, t, "chains.inbound", "SELECT COALESCE(MAX(id), 0) FROM messages", ct);
            if (messageTo > messageFrom)
            {
                // The people who wrote are found first, once (not per waiting chain: the subquery is not correlated), and
                // only then their active chains, through chains_person. With a million chains waiting this stays cheap.
                woken += await c.ExecuteAsync(new CommandDefinition(
                    """
                    UPDATE chains SET next_at = @now, version = version + 1
                     WHERE state = 'active' AND next_at > @now AND (business_id, person_id) IN (
                           SELECT business_id, id FROM (
                               SELECT p.business_id, p.id FROM messages m JOIN people p ON p.business_id = m.business_id AND p.whatsapp = m.address
                                WHERE m.id > @from AND m.id <= @to AND m.direction = 'in' AND m.channel = 'whatsapp'
                               UNION SELECT p.business_id, p.id FROM messages m JOIN people p ON p.business_id = m.business_id AND p.telegram = m.address
                                WHERE m.id > @from AND m.id <= @to AND m.direction = 'in' AND m.channel = 'telegram'
                               UNION SELECT p.business_id, p.id FROM messages m JOIN people p ON p.business_id = m.business_id AND p.sms = m.address
                                WHERE m.id > @from AND m.id <= @to AND m.direction = 'in' AND m.channel = 'sms'
                               UNION SELECT p.business_id, p.id FROM messages m JOIN people p ON p.business_id = m.business_id AND p.voice = m.address
                                WHERE m.id > @from AND m.id <= @to AND m.direction = 'in' AND m.channel = 'voice') AS writers)
                    """, new { now, from = messageFrom, to = messageTo }, t, cancellationToken: ct));
                await SaveAsync(c, t, "chains.inbound", messageTo, ct);
            }
            var (reportFrom, reportTo) = await RangeAsync(c, t, "chains.status", "SELECT COALESCE(MAX(id), 0) FROM status_reports", ct);
            if (reportTo > reportFrom)
            {
                woken += await c.ExecuteAsync(new CommandDefinition(
                    """
                    UPDATE chains SET next_at = @now, version = version + 1
                     WHERE state = 'active' AND next_at > @now AND id IN (
                           SELECT m.chain_id FROM status_reports r
                             JOIN messages m ON m.business_id = r.business_id AND m.channel = r.channel AND m.provider_id = r.provider_id
                            WHERE r.id > @from AND r.id <= @to AND m.chain_id IS NOT NULL)
                    """, new { now, from = reportFrom, to = reportTo }, t, cancellationToken: ct));
                await SaveAsync(c, t, "chains.status", reportTo, ct);
            }
            return woken;
        }, ct);

    /// <summary>Pulls one chain in now, for a failure the dispatcher saw itself (no status report comes for those).</summary>
    public static Task<int> WakeChainOfMessageAsync(System.Data.Common.DbConnection c, System.Data.Common.DbTransaction t, long messageId, long now, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition(
            """
            UPDATE chains SET next_at = @now, version = version + 1
             WHERE state = 'active' AND next_at > @now AND id = (SELECT chain_id FROM messages WHERE id = @messageId)
            """, new { now, messageId }, t, cancellationToken: ct));

    private static async Task<(long From, long To)> RangeAsync(System.Data.Common.DbConnection c, System.Data.Common.DbTransaction t, string cursor, string maxSql, CancellationToken ct)
    {
        var from = await c.ExecuteScalarAsync<string?>(new CommandDefinition("SELECT value FROM cursors WHERE name = @cursor", new { cursor }, t, cancellationToken: ct));
        var to = await c.ExecuteScalarAsync<long>(new CommandDefinition(maxSql, transaction: t, cancellationToken: ct));
        if (from is null)
        {
            // The first run starts from now: history from before chains existed wakes nothing.
            await SaveAsync(c, t, cursor, to, ct);
            return (to, to);
        }
        return (long.Parse(from, System.Globalization.CultureInfo.InvariantCulture), to);
    }

    private static Task SaveAsync(System.Data.Common.DbConnection c, System.Data.Common.DbTransaction t, string cursor, long value, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition(
            "INSERT INTO cursors (name, value) VALUES (@cursor, @value) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            new { cursor, value = value.ToString(System.Globalization.CultureInfo.InvariantCulture) }, t, cancellationToken: ct));
}
