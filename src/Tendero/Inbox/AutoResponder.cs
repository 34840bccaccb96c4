using Dapper;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tendero.Config;
using Tendero.Core;
using Tendero.Delivery;
using Tendero.Storage;

namespace Tendero.Inbox;

/// <summary>
/// Answers each new inbound text with the business's <c>auto_reply</c>, in the customer's language, until a solution
/// takes over the conversation. It reads the inbox after a durable cursor and queues replies in the same transaction
/// that moves the cursor; <c>reply_to</c> is unique, so a message is never answered twice.
/// </summary>
public sealed partial class AutoResponder(
    IDatabase database, Businesses businesses, WorkSignals signals, TimeProvider time, ILogger<AutoResponder> log) : BackgroundService
{
    private const string Cursor = "auto-reply";
    private const int Batch = 200;

    /// <summary>Answers what arrived since the last round. Returns how many inbound messages it looked at.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var (seen, queued) = await database.WriteAsync(async (c, t) =>
        {
            var after = long.Parse(await c.ExecuteScalarAsync<string?>(new CommandDefinition(
                "SELECT value FROM cursors WHERE name = @Cursor", new { Cursor }, t, cancellationToken: ct)) ?? "0");
            var inbound = (await c.QueryAsync<(long Id, string BusinessId, string Channel, string Address, string Kind, string? Text)>(
                new CommandDefinition(
                    """
                    SELECT id, business_id, channel, address, kind, text FROM messages
                     WHERE direction = 'in' AND id > @after ORDER BY id LIMIT @Batch
                    """, new { after, Batch }, t, cancellationToken: ct))).ToList();
            var queued = 0;
            var now = time.NowMs();
            foreach (var m in inbound.Where(m => m.Kind == "text"))
            {
                if (businesses.Find(m.BusinessId) is not { } business || ReplyFor(business, m.Text) is not { } reply)
                {
                    continue;
                }
                queued += await c.ExecuteAsync(new CommandDefinition(
                    """
                    INSERT INTO messages (business_id, channel, direction, address, kind, text, status, reply_to, lane, run_at, created_at, updated_at)
                    VALUES (@BusinessId, @Channel, 'out', @Address, 'text', @reply, 'queued', @Id, @lane, @now, @now, @now)
                    ON CONFLICT DO NOTHING
                    """,
                    new { m.BusinessId, m.Channel, m.Address, reply, m.Id, lane = $"{m.BusinessId}/{m.Channel}", now }, t, cancellationToken: ct));
            }
            if (inbound.Count > 0)
            {
                await c.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO cursors (name, value) VALUES (@Cursor, @last) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                    new { Cursor, last = inbound[^1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, t, cancellationToken: ct));
            }
            return (inbound.Count, queued);
        }, ct);
        if (queued > 0)
        {
            signals.Outbound.Wake();
        }
        return seen;
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
