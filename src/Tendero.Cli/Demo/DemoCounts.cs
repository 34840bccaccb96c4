using Dapper;
using Tendero.Storage;

namespace Tendero.Cli.Demo;

/// <summary>The questions the demo asks the ledger: how far the burst got, and what failed and why.</summary>
internal sealed class DemoCounts(IDatabase database)
{
    // Telegram bots get no delivery receipts, so "sent" is as far as a Telegram message can go.
    private const string Settled = "(status IN ('delivered', 'read', 'failed') OR (status = 'sent' AND channel = 'telegram'))";

    // Classes with setters, not positional records: SQLite reports an empty aggregate column as a blob, and Dapper
    // would then find no matching constructor.
    public sealed class Progress
    {
        public long Inbound { get; set; }
        public long Replies { get; set; }
        public long Settled { get; set; }
        public long Unanswered { get; set; }
        public long Retried { get; set; }
    }

    public sealed class Failure
    {
        public string Channel { get; set; } = "";
        public string? Code { get; set; }
        public string? Reason { get; set; }
        public long Count { get; set; }
    }

    public Task<Progress> ProgressAsync(CancellationToken ct) => database.ReadAsync(c => c.QuerySingleAsync<Progress>(new CommandDefinition(
        $"""
        SELECT (SELECT COUNT(*) FROM messages WHERE direction = 'in') AS Inbound,
               (SELECT COUNT(*) FROM messages WHERE direction = 'out') AS Replies,
               (SELECT COUNT(*) FROM messages WHERE direction = 'out' AND {Settled}) AS Settled,
               (SELECT COUNT(*) FROM messages i WHERE i.direction = 'in' AND i.kind = 'text'
                   AND NOT EXISTS (SELECT 1 FROM messages o WHERE o.reply_to = i.id)
                   AND NOT EXISTS (
                        -- Handed to the agents: answered once the conversation agent has taken its turn (silence after a handoff is its answer).
                        SELECT 1 FROM events e JOIN agent_work w ON w.event_id = e.id AND w.agent = 'conversation' AND w.state = 'done'
                         WHERE e.dedupe_key = 'intent:' || i.id)
                   -- Someone answering an alert ("1" by SMS) is not a customer: the chain takes the answer, nobody replies.
                   AND NOT EXISTS (
                        SELECT 1 FROM chains ch JOIN people p ON p.business_id = ch.business_id AND p.id = ch.person_id
                         WHERE ch.business_id = i.business_id AND i.address IN (p.whatsapp, p.telegram, p.sms, p.voice))) AS Unanswered,
               (SELECT COUNT(*) FROM messages WHERE direction = 'out' AND attempts > 1) AS Retried
        """, cancellationToken: ct)), ct);

    public Task<IReadOnlyList<StatusCount>> ByStatusAsync(CancellationToken ct) => new MessageQueries(database).CountsAsync(ct);

    public Task<IReadOnlyList<Failure>> FailuresAsync(CancellationToken ct) => database.ReadAsync<IReadOnlyList<Failure>>(async c =>
        (await c.QueryAsync<Failure>(new CommandDefinition(
            """
            SELECT channel, error_code AS Code, error_reason AS Reason, COUNT(*) AS Count FROM messages
             WHERE status = 'failed' GROUP BY channel, error_code, error_reason ORDER BY COUNT(*) DESC
            """, cancellationToken: ct))).ToList(), ct);
}
