using System.Data.Common;
using Dapper;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Reports;

/// <summary>
/// A November (and an October to compare with) of known figures for la-fonda in America/Panama (UTC−5), written as raw rows:
/// <list type="bullet">
/// <item>November: 4 messages in from 3 customers (one at 22:00 local on the 30th, already December in UTC), 5 out; replies after
/// 10, 20, 30 and 40 s (median 20 s); 4 reached (2 delivered, 1 read, 1 Telegram sent) and 1 failed (80.0 %); cost USD 1.25 of messages,
/// 0.75 of models (fast 2 calls, smart 1), 3.00 of compute (5.00); intents 3 bookings and 1 hours; chains: 1 acked after 2 notices
/// (last telegram), 1 unanswered after 3 (last sms); bookings dated in November: 4, of them 2 seated (6 guests), 1 no-show
/// (3), 1 cancelled (6): 9 guests held.</item>
/// <item>October: 2 in from 2 customers (one at 22:00 local on the 31st, already November in UTC), 2 out delivered, replies after 30 s;
/// USD 2.50 of messages.</item>
/// </list>
/// Against October: messages 9 vs 4 (+125.0 %), customers 3 vs 2 (+50.0 %), median 20 s vs 30 s (−33.3 %), delivery 80.0 % vs
/// 100.0 % (−20.0 pp), cost 5.00 vs 2.50 in the ledger, 20.00 vs 17.50 (+14.3 %) with a compute_per_month of 15.00 in each.
/// </summary>
internal static class ReportSeed
{
    public const string Business = "la-fonda";

    private static long Utc(int year, int month, int day, int hour, int minute = 0, int second = 0) =>
        new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero).ToUnixTimeMilliseconds();

    public static Task SeedAsync(IDatabase database) => database.WriteAsync(async (c, tx) =>
    {
        // November
        await Conversation(c, tx, "whatsapp", "+50760000001", Utc(2026, 11, 3, 15), 10, "delivered");
        await Conversation(c, tx, "whatsapp", "+50760000001", Utc(2026, 11, 3, 16), 20, "read");
        await Conversation(c, tx, "whatsapp", "+50760000002", Utc(2026, 11, 10, 18), 30, "delivered");
        await Conversation(c, tx, "telegram", "555000111", Utc(2026, 12, 1, 3), 40, "sent"); // 22:00 on 30 November in Panama
        await Message(c, tx, "sms", "out", "+50760000003", "failed", Utc(2026, 11, 12, 14), null, null);
        await Cost(c, tx, "message", 1_000_000, Utc(2026, 11, 3, 15));
        await Cost(c, tx, "message", 250_000, Utc(2026, 11, 10, 18));
        await Cost(c, tx, "compute", 3_000_000, Utc(2026, 11, 15, 12));
        await Cost(c, tx, "message", 9_000_000, Utc(2026, 12, 1, 6)); // December in Panama too: not in the report
        await ModelCall(c, tx, "fast", 100, 50, 125_000, Utc(2026, 11, 3, 15));
        await ModelCall(c, tx, "fast", 100, 50, 125_000, Utc(2026, 11, 3, 16));
        await ModelCall(c, tx, "smart", 800, 200, 500_000, Utc(2026, 11, 10, 18));
        foreach (var (intent, at) in new[] { ("reservation.create", 3), ("reservation.create", 3), ("reservation.create", 10), ("info.hours", 20) })
        {
            await c.ExecuteAsync(new CommandDefinition(
                "INSERT INTO events (business_id, topic, order_key, payload, created_at) VALUES (@b, 'intent.detected', 'k', @payload, @at)",
                new { b = Business, payload = $$"""{"understanding":{"intent":"{{intent}}","confidence":0.9,"language":"es"},"tier":"fast"}""", at = Utc(2026, 11, at, 15) },
                tx));
        }
        await Chain(c, tx, "acked", Utc(2026, 11, 5, 12), ["whatsapp", "telegram"]);
        await Chain(c, tx, "unanswered", Utc(2026, 11, 6, 12), ["whatsapp", "telegram", "sms"]);

        await Reservation(c, tx, "R-1", "2026-11-03", 4, "seated");
        await Reservation(c, tx, "R-2", "2026-11-10", 2, "seated");
        await Reservation(c, tx, "R-3", "2026-11-10", 3, "no_show");
        await Reservation(c, tx, "R-4", "2026-11-28", 6, "cancelled");
        await Reservation(c, tx, "R-5", "2026-12-01", 8, "confirmed"); // December: not in the report

        // October
        await Conversation(c, tx, "whatsapp", "+50760000009", Utc(2026, 10, 20, 15), 30, "delivered");
        await Conversation(c, tx, "sms", "+50760000008", Utc(2026, 11, 1, 3), 30, "delivered"); // 22:00 on 31 October in Panama
        await Cost(c, tx, "message", 2_500_000, Utc(2026, 10, 20, 15));
        return 0;
    }, CancellationToken.None);

    /// <summary>One customer message and our reply to it, sent <paramref name="seconds"/> later.</summary>
    private static async Task Conversation(DbConnection c, DbTransaction tx, string channel, string address, long at, int seconds, string status)
    {
        var id = await Message(c, tx, channel, "in", address, "received", at, null, null);
        await Message(c, tx, channel, "out", address, status, at + 1000, id, at + seconds * 1000L);
    }

    private static Task<long> Message(DbConnection c, DbTransaction tx, string channel, string direction, string address, string status, long at, long? replyTo, long? sentAt) =>
        c.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO messages (business_id, channel, direction, address, kind, text, status, reply_to, sent_at, created_at, updated_at)
            VALUES (@b, @channel, @direction, @address, 'text', 'hola', @status, @replyTo, @sentAt, @at, @at) RETURNING id
            """, new { b = Business, channel, direction, address, status, replyTo, sentAt, at }, tx));

    private static Task Reservation(DbConnection c, DbTransaction tx, string id, string day, int party, string status) =>
        c.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO reservations (business_id, id, day, at_time, party_size, name, phone, channel, notes, status, version, created_at, updated_at)
            VALUES (@b, @id, @day, '20:00', @party, 'Ana', '+50760000001', 'whatsapp', '', @status, 1, 0, 0)
            """, new { b = Business, id, day, party, status }, tx));

    private static Task Cost(DbConnection c, DbTransaction tx, string source, long micros, long at) =>
        c.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO costs (business_id, source, units, unit_micros, amount_micros, currency, created_at, updated_at)
            VALUES (@b, @source, 1, @micros, @micros, 'USD', @at, @at)
            """, new { b = Business, source, micros, at }, tx));

    private static Task ModelCall(DbConnection c, DbTransaction tx, string tier, long input, long output, long micros, long at) =>
        c.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO model_calls (business_id, tier, model, input_tokens, output_tokens, latency_ms, outcome, amount_micros, currency, created_at)
            VALUES (@b, @tier, 'm', @input, @output, 100, 'ok', @micros, 'USD', @at)
            """, new { b = Business, tier, input, output, micros, at }, tx));

    private static async Task Chain(DbConnection c, DbTransaction tx, string outcome, long at, string[] channels)
    {
        var id = await c.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO chains (business_id, policy, person_id, critical, text, plan, step, state, since_id, outcome, created_at, updated_at, ended_at)
            VALUES (@b, 'stock-alert', 'maria', 0, 'sin gas', '{}', 9, 'done', 0, @outcome, @at, @at, @at) RETURNING id
            """, new { b = Business, outcome, at }, tx));
        for (var i = 0; i < channels.Length; i++)
        {
            await c.ExecuteAsync(new CommandDefinition(
                "INSERT INTO chain_events (chain_id, step, kind, channel, outcome, at) VALUES (@id, @step, 'notify', @channel, 'queued', @at)",
                new { id, step = i * 2, channel = channels[i], at }, tx));
        }
    }
}
