using Dapper;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tendero.Agents;
using Tendero.Config;
using Tendero.Core;
using Tendero.Delivery;
using Tendero.Storage;

namespace Tendero.Inbox;

/// <summary>
/// Routes each new inbound text: to the conversation agents (a <c>message.received</c> event) when the business has an
/// <c>assistant:</c>, otherwise answered with the business's <c>auto_reply</c> in the customer's language. A staff
/// member's <c>/bot N</c> hands conversation N back to the bot. It takes inbound rows not yet processed and, in one transaction, queues their replies
/// and marks them processed. Not a cursor over ids: on PostgreSQL ids can commit out of order, and a cursor would
/// skip the late ones. <c>reply_to</c> is unique, so a message is never answered twice, even by two nodes at once.
/// </summary>
public sealed partial class AutoResponder(
    IDatabase database, Businesses businesses, WorkSignals signals, TimeProvider time, ILogger<AutoResponder> log) : BackgroundService
{
    private const int Batch = 200;

    /// <summary>Answers what arrived since the last round. Returns how many inbound messages it looked at.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var (seen, queued, published) = await database.WriteAsync(async (c, t) =>
        {
            var skipLocked = database.Dialect == Dialect.Postgres ? "FOR UPDATE SKIP LOCKED" : "";
            var inbound = (await c.QueryAsync<InboundRow>(
                new CommandDefinition(
                    $"""
                    SELECT id AS Id, business_id AS BusinessId, channel AS Channel, address AS Address, kind AS Kind, text AS Text, raw AS Raw,
                           contact_name AS ContactName, provider_at AS ProviderAt, created_at AS CreatedAt FROM messages
                     WHERE direction = 'in' AND processed_at IS NULL ORDER BY id LIMIT @Batch {skipLocked}
                    """, new { Batch }, t, cancellationToken: ct))).ToList();
            var (queued, published) = (0, 0);
            var now = time.NowMs();
            foreach (var m in inbound)
            {
                if (businesses.Find(m.BusinessId) is not { } business)
                {
                    continue;
                }
                // A reminder's answer (a button, or 1/2 by SMS) and staff's /hoy: events for the reservations agents, before
                // the alert check, since the guest answering has a reminder chain running.
                if (await Solutions.Reservations.ReservationInbox.RouteAsync(c, t, business,
                        new Solutions.Reservations.InboundFacts(m.Id, m.Channel, m.Address, m.Kind, m.Text, m.Raw), now, ct))
                {
                    published++;
                    continue;
                }
                if (m.Kind != "text")
                {
                    continue;
                }
                // Before the alert check: staff with an alert running must still be able to hand a conversation back.
                if (await StaffCommands.ReleaseAsync(c, t, business, m.Id, m.Channel, m.Address, m.Text, now, ct))
                {
                    (published, queued) = (published + 1, queued + 1);
                    continue;
                }
                if (await AnswersAnAlertAsync(c, t, m.BusinessId, m.Channel, m.Address, now, ct))
                {
                    continue;
                }
                if (business.Assistant is not null)
                {
                    // The conversation agents answer this business: hand the text to the parser, in this same transaction.
                    var received = new MessageReceived
                    {
                        MessageId = m.Id, Channel = m.Channel, Address = m.Address, Name = m.ContactName, Text = m.Text ?? "",
                        At = Clock.At(m.ProviderAt ?? m.CreatedAt),
                    };
                    if (await EventLog.PublishAsync(c, t, new NewEvent(m.BusinessId, Topics.MessageReceived,
                            Payloads.OrderKey(m.BusinessId, m.Channel, m.Address), Payloads.Write(received), $"received:{m.Id}"), now, ct))
                    {
                        published++;
                    }
                    continue;
                }
                if (ReplyFor(business, m.Text) is not { } reply)
                {
                    continue;
                }
                queued += await c.ExecuteAsync(new CommandDefinition(
                    """
                    INSERT INTO messages (business_id, channel, direction, address, kind, text, status, reply_to, lane, run_at, created_at, updated_at, priority)
                    VALUES (@BusinessId, @Channel, 'out', @Address, 'auto_reply', @reply, 'queued', @Id, @lane, @now, @now, @now, 0)
                    ON CONFLICT DO NOTHING
                    """,
                    new { m.BusinessId, m.Channel, m.Address, reply, m.Id, lane = Outbox.LaneOf(m.BusinessId, ChannelNames.Parse(m.Channel)), now }, t, cancellationToken: ct));
            }
            if (inbound.Count > 0)
            {
                var matchIds = database.Dialect.InList("id", "ids");
                await c.ExecuteAsync(new CommandDefinition(
                    $"UPDATE messages SET processed_at = @now WHERE {matchIds}",
                    new { now, ids = inbound.Select(m => m.Id).ToArray() }, t, cancellationToken: ct));
            }
            return (inbound.Count, queued, published);
        }, ct);
        if (queued > 0)
        {
            signals.Outbound.Wake();
        }
        if (published > 0)
        {
            signals.Agents.Wake();
        }
        return seen;
    }

    /// <summary>
    /// Someone answering an alert (a member of staff replying "1" by SMS, say) is not a customer writing in: thanking
    /// them as one would be wrong, and a person who answers every message would be drawn into an endless exchange.
    /// So no auto reply to a person with an alert running, or one that ended in the last hour.
    /// </summary>
    private static async Task<bool> AnswersAnAlertAsync(
        System.Data.Common.DbConnection c, System.Data.Common.DbTransaction t, string businessId, string channel, string address, long now, CancellationToken ct)
    {
        if (!ChannelNames.TryParse(channel, out var kind))
        {
            return false;
        }
        // The column is one of four fixed names, never text from outside.
        var column = kind.Name();
        var count = await c.ExecuteScalarAsync<long>(new CommandDefinition(
            $"""
            SELECT COUNT(*) FROM chains
             WHERE business_id = @businessId AND (state = 'active' OR ended_at > @since)
               AND person_id IN (SELECT id FROM people WHERE business_id = @businessId AND {column} = @address)
            """, new { businessId, address, since = now - 3_600_000 }, t, cancellationToken: ct));
        return count > 0;
    }

    private sealed class InboundRow
    {
        public long Id { get; init; }
        public string BusinessId { get; init; } = "";
        public string Channel { get; init; } = "";
        public string Address { get; init; } = "";
        public string Kind { get; init; } = "";
        public string? Text { get; init; }
        public string? Raw { get; init; }
        public string? ContactName { get; init; }
        public long? ProviderAt { get; init; }
        public long CreatedAt { get; init; }
    }

    private static string? ReplyFor(BusinessConfig business, string? text)
    {
        var language = LanguageGuess.Guess(text, business.Language);
        return business.AutoReply.GetValueOrDefault(language) ?? business.AutoReply.GetValueOrDefault(business.Language);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RunOnceAsync(stoppingToken) < Batch)
                {
                    await signals.Inbound.WaitAsync(TimeSpan.FromSeconds(1), time, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                Log.RoundFailed(log, e);
                await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken);
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(20, LogLevel.Error, "An auto-reply round failed; trying again shortly")]
        public static partial void RoundFailed(ILogger log, Exception error);
    }
}
