using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Tendero.Simulator.Infrastructure;

namespace Tendero.Simulator.Telegram;

/// <summary>How updates leave Telegram: <c>setWebhook</c>/<c>deleteWebhook</c>/<c>getWebhookInfo</c> and long-polled <c>getUpdates</c>.</summary>
internal sealed partial class TelegramUpdates(SimContext context, WebhookSender sender)
{
    public SimReply SetWebhook(TelegramBotState bot, TelegramArgs args, Dictionary<string, string?> fields)
    {
        var url = args.String("url");
        var secret = args.String("secret_token");
        fields["url"] = url;
        fields["secret_token"] = secret is null ? null : "***";
        if (url is null)
        {
            return TelegramJson.BadRequest("url is empty");
        }

        // Telegram demands HTTPS on ports 443/80/88/8443; the simulator takes plain http too, for loopback servers.
        if (url.Length > 0 && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            return TelegramJson.BadRequest("bad webhook: invalid URL specified");
        }

        // secret_token: 1-256 characters of A-Z, a-z, 0-9, _ and - (api.json setWebhook).
        if (secret is not null && !SecretPattern().IsMatch(secret))
        {
            return TelegramJson.BadRequest("secret token contains unallowed characters");
        }

        List<TelegramUpdate> pending;
        lock (bot.Gate)
        {
            bot.WebhookUrl = url.Length == 0 ? null : url;
            bot.SecretToken = url.Length == 0 ? null : secret;
            pending = bot.WebhookUrl is null ? [] : bot.TakeQueue();
        }

        // Updates waiting for getUpdates go to the new webhook unless the bot asked to drop them.
        if (!args.Bool("drop_pending_updates"))
        {
            foreach (var update in pending)
            {
                var request = TelegramWebhook.Build(update, url, secret, Kind(update), context.Behaviour.WebhookAttempts);
                context.Background(ct => sender.DeliverAsync(request, ct));
            }
        }

        return TelegramJson.Ok(true);
    }

    public SimReply DeleteWebhook(TelegramBotState bot, TelegramArgs args)
    {
        lock (bot.Gate)
        {
            bot.WebhookUrl = null;
            bot.SecretToken = null;
            if (args.Bool("drop_pending_updates"))
            {
                bot.TakeQueue();
            }
        }

        return TelegramJson.Ok(true);
    }

    public SimReply GetWebhookInfo(TelegramBotState bot)
    {
        lock (bot.Gate)
        {
            var info = new JsonObject
            {
                ["url"] = bot.WebhookUrl ?? "",
                ["has_custom_certificate"] = false,
                ["pending_update_count"] = bot.PendingCount,
            };
            if (bot.WebhookUrl is not null)
            {
                info["max_connections"] = 40;
                info["ip_address"] = "127.0.0.1";
            }

            return TelegramJson.Ok(info);
        }
    }

    public async Task<SimReply?> GetUpdatesAsync(TelegramBotState bot, TelegramArgs args, Dictionary<string, string?> fields,
        CancellationToken requestAborted)
    {
        var offset = args.Long("offset");
        var limit = (int)Math.Clamp(args.Long("limit") ?? 100, 1, 100);
        var timeout = TimeSpan.FromSeconds(Math.Max(0, args.Long("timeout") ?? 0));
        fields["offset"] = offset?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["timeout"] = ((long)timeout.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);

        Task arrived;
        lock (bot.Gate)
        {
            if (bot.WebhookUrl is not null)
            {
                return TelegramJson.Error(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
            }

            var ready = bot.Confirm(offset, limit);
            if (ready.Count > 0 || timeout == TimeSpan.Zero)
            {
                return Result(ready);
            }

            arrived = bot.Arrived;
        }

        // Long polling: wait on the simulator's clock until an update comes or the timeout passes.
        // The wait ends on an update, the timeout, the client hanging up or the simulator stopping; then the timer is released.
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, context.Stopping);
        await Task.WhenAny(arrived, context.DelayAsync(timeout, linked.Token));
        await linked.CancelAsync();
        if (requestAborted.IsCancellationRequested)
        {
            return null;
        }

        lock (bot.Gate)
        {
            return Result(bot.Confirm(offset, limit));
        }
    }

    public static string Kind(TelegramUpdate update) => update.Body.ContainsKey("callback_query") ? "callback_query" : "message";

    private static SimReply Result(List<TelegramUpdate> updates) =>
        TelegramJson.Ok(new JsonArray(updates.Select(u => (JsonNode)u.Body.DeepClone()).ToArray()));

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretPattern();
}
