using Dapper;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Dashboard;

/// <summary>
/// A small, known day for one business, written straight into the ledger an hour before now: three WhatsApp customers
/// answered in 2, 4 and 10 seconds, one reply still queued, two failures (one WhatsApp, one SMS to a landline), model
/// calls on two tiers, message costs, an alert at its second step and a conversation with its transcript.
/// </summary>
public sealed record DashboardSeed(long ConversationId, long DeadSmsId, long DeadWhatsAppId)
{
    public const string Customer = "+50761110001";

    public static async Task<DashboardSeed> WriteAsync(IDatabase database, string business, DateTimeOffset now)
    {
        var at = now.AddHours(-1).ToUnixTimeMilliseconds();
        return await database.WriteAsync(async (c, t) =>
        {
            async Task<long> Message(string channel, string direction, string address, string text, string status, long created,
                long? replyTo = null, long? sentAt = null, string? code = null, string? reason = null) =>
                await c.ExecuteScalarAsync<long>(new CommandDefinition(
                    """
                    INSERT INTO messages (business_id, channel, direction, address, kind, text, status, reply_to, lane, sent_at, error_code,
                                          error_reason, failed_at, run_at, created_at, updated_at)
                    VALUES (@business, @channel, @direction, @address, 'text', @text, @status, @replyTo, @lane, @sentAt, @code, @reason,
                            @failedAt, @runAt, @created, @created) RETURNING id
                    """,
                    new
                    {
                        business, channel, direction, address, text, status, replyTo, sentAt, code, reason, created,
                        lane = direction == "out" ? $"{business}/{channel}" : null,
                        failedAt = status == "failed" ? created + 1000 : (long?)null,
                        runAt = status == "queued" ? created : (long?)null,
                    }, t));

            string[] customers = [Customer, "+50761110002", "+50761110003", "+50761110004"];
            long[] delays = [2_000, 4_000, 10_000];
            string[] outcomes = ["read", "delivered", "sent"];
            for (var i = 0; i < 3; i++)
            {
                var created = at + i * 60_000;
                // The first customer's text carries markup: the transcript must show it as text, never run it.
                var text = i == 0 ? "Hola, mesa para 2 <script>alert(1)</script>" : $"Hola, mesa para {i + 2}";
                var inbound = await Message("whatsapp", "in", customers[i], text, "received", created);
                await Message("whatsapp", "out", customers[i], $"¡Claro! Mesa para {i + 2} confirmada.", outcomes[i], created + 500, inbound, created + delays[i]);
            }
            var waiting = await Message("whatsapp", "in", customers[3], "¿Abren el lunes?", "received", at + 300_000);
            await Message("whatsapp", "out", customers[3], "Los lunes cerramos.", "queued", at + 300_500, waiting);
            var deadWhatsApp = await Message("whatsapp", "out", "+50761110009", "Recordatorio de su reserva", "failed", at + 400_000,
                code: "131026", reason: "Message undeliverable: the number is not on WhatsApp");
            var deadSms = await Message("sms", "out", "+50720000000", "Su mesa está lista", "failed", at + 500_000,
                code: "30006", reason: "Landline or unreachable carrier");

            foreach (var (tier, amount, outcome) in new[] { ("offline", 0L, "ok"), ("offline", 0L, "ok"), ("fast", 1_200L, "ok"), ("smart", 9_800L, "invalid") })
            {
                await c.ExecuteAsync(new CommandDefinition(
                    """
                    INSERT INTO model_calls (business_id, tier, model, purpose, input_tokens, output_tokens, latency_ms, outcome, amount_micros, currency, created_at)
                    VALUES (@business, @tier, @tier, 'classify', 300, 40, 120, @outcome, @amount, 'USD', @at)
                    """, new { business, tier, amount, outcome, at }, t));
            }
            await c.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO costs (business_id, source, message_id, channel, route, units, unit_micros, amount_micros, currency, created_at, updated_at)
                VALUES (@business, 'message', @deadSms, 'sms', '+507', 1, 45000, 45000, 'USD', @at, @at)
                """, new { business, deadSms, at }, t));
            await c.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO chains (business_id, policy, person_id, critical, text, plan, step, state, waiting_for, next_at, since_id, created_at, updated_at)
                VALUES (@business, 'kitchen', 'maria', 0, 'Printer out of paper', '{}', 1, 'active', 'read', @next, 0, @at, @at)
                """, new { business, at, next = at + 7_200_000 }, t));
            var conversation = await c.ExecuteScalarAsync<long>(new CommandDefinition(
                """
                INSERT INTO conversations (business_id, channel, address, mode, state, last_inbound_at, created_at, updated_at)
                VALUES (@business, 'whatsapp', @customer, 'bot', '{}', @at, @at, @at) RETURNING id
                """, new { business, customer = Customer, at }, t));
            return new DashboardSeed(conversation, deadSms, deadWhatsApp);
        }, CancellationToken.None);
    }
}
