using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;
using Tendero.Config;
using Tendero.Core;
using Tendero.Delivery;
using Tendero.Hosting;
using Tendero.Inbox;
using Tendero.Storage;

namespace Tendero.Channels.Telegram;

/// <summary>
/// Long-polls getUpdates for bots in <c>polling</c> mode (a server without a public URL). Updates go through the same
/// parser and <see cref="Ingest"/> as webhooks; the offset is saved only after they are stored, so a crash in between
/// gets them again (and the inbox drops the repeats) instead of losing them (https://core.telegram.org/bots/api#getupdates).
/// </summary>
public sealed partial class TelegramPoller(
    Businesses businesses, TelegramClients clients, Ingest ingest, CursorStore cursors, TelegramCallbacks callbacks,
    IOptions<ServerOptions> server, TimeProvider time, ILogger<TelegramPoller> log) : BackgroundService
{
    /// <summary>How long Telegram may hold a getUpdates call open waiting for news.</summary>
    public const int LongPollSeconds = 25;

    /// <summary>The Bot API's maximum batch.</summary>
    public const int Limit = 100;

    internal static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.EditedMessage, UpdateType.CallbackQuery];

    private static readonly TimeSpan BaseBackoff = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(1);

    /// <summary>A server that answers an empty long poll at once (a simulator, a proxy) must not make us spin.</summary>
    private static readonly TimeSpan MinRound = TimeSpan.FromSeconds(1);

    public static string CursorName(string businessId) => $"telegram-offset:{businessId}";

    /// <summary>One getUpdates round for one business: store what came, then confirm it. Returns the number of updates.</summary>
    public async Task<int> RunOnceAsync(BusinessConfig business, CancellationToken ct)
    {
        var account = business.Telegram ?? throw new InvalidOperationException($"{business.Id} has no Telegram channel.");
        var cursor = CursorName(business.Id);
        var offset = await cursors.GetAsync(cursor, ct) is { } saved
            ? int.TryParse(saved, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new InvalidOperationException($"Cursor {cursor} holds '{saved}', which is not an update id.")
            : (int?)null;
        var updates = await clients.ForPolling(account).GetUpdates(offset, Limit, LongPollSeconds, AllowedUpdates, ct);
        if (updates.Length == 0)
        {
            return 0;
        }
        var receivedAt = time.GetUtcNow();
        var messages = new List<InboundMessage>();
        foreach (var update in updates.OrderBy(u => u.Id))
        {
            // Back to the wire shape, so that webhook and polling share one parser.
            var json = JsonSerializer.SerializeToUtf8Bytes(update, JsonBotAPI.Options);
            try
            {
                messages.AddRange(TelegramParser.Parse(business.Id, json, receivedAt).Messages);
            }
            catch (WebhookFormatException e)
            {
                // Skipped rather than retried: it would come back malformed on every round and stop the bot for good.
                Log.UpdateSkipped(log, business.Id, update.Id, e.Message);
            }
        }
        var stored = await ingest.StoreAsync(new InboundBatch(business.Id, messages, []), ct);
        var next = updates.Max(u => u.Id) + 1;
        await cursors.SetAsync(cursor, next.ToString(CultureInfo.InvariantCulture), ct);
        await callbacks.AnswerAsync(account, stored, ct);
        return updates.Length;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var bots = businesses.All.Where(b => b.Telegram is { Mode: TelegramMode.Polling }).ToList();
        if (bots.Count == 0 || !server.Value.Workers.Contains("telegram-polling"))
        {
            return Task.CompletedTask;
        }
        return Task.WhenAll(bots.Select(b => PollAsync(b, stoppingToken)));
    }

    private async Task PollAsync(BusinessConfig business, CancellationToken ct)
    {
        Log.Started(log, business.Id);
        var webhookDeleted = false;
        var failures = 0;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                if (!webhookDeleted)
                {
                    // getUpdates is refused while a webhook is set (409 Conflict).
                    await clients.ForPolling(business.Telegram!).DeleteWebhook(cancellationToken: ct);
                    webhookDeleted = true;
                }
                var started = time.GetTimestamp();
                var count = await RunOnceAsync(business, ct);
                failures = 0;
                if (count == 0 && time.GetElapsedTime(started) < MinRound)
                {
                    await Task.Delay(MinRound, time, ct);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                failures++;
                var wait = e is ApiRequestException { ErrorCode: 429, Parameters.RetryAfter: > 0 and var seconds }
                    ? TimeSpan.FromSeconds(seconds)
                    : Backoff.For(failures, BaseBackoff, MaxBackoff, Random.Shared.NextDouble());
                Log.RoundFailed(log, business.Id, wait.TotalSeconds, e);
                try
                {
                    await Task.Delay(wait, time, ct);
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    break;
                }
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(4101, LogLevel.Information, "Polling Telegram for business {Business}")]
        public static partial void Started(ILogger log, string business);

        [LoggerMessage(4102, LogLevel.Warning, "Telegram polling for business {Business} failed; trying again in {WaitSeconds} s")]
        public static partial void RoundFailed(ILogger log, string business, double waitSeconds, Exception error);

        [LoggerMessage(4103, LogLevel.Warning, "Skipped Telegram update {UpdateId} of business {Business}: {Reason}")]
        public static partial void UpdateSkipped(ILogger log, string business, int updateId, string reason);
    }
}
