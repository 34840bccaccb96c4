using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Tendero.Config;
using Tendero.Hosting;

namespace Tendero.Channels.Telegram;

/// <summary>
/// At start, points every webhook-mode bot at this server with setWebhook, with the secret token Telegram must echo
/// (https://core.telegram.org/bots/api#setwebhook). A failure is a warning, never a reason to stop serving the
/// other channels; the bot keeps its previous webhook.
/// </summary>
public sealed partial class TelegramWebhookRegistrar(
    Businesses businesses, TelegramClients clients, IOptions<ServerOptions> server, TimeProvider time,
    ILogger<TelegramWebhookRegistrar> log) : IHostedService
{
    /// <summary>Start-up waits at most this long for Telegram, so an outage there delays nothing else for long.</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    public Task StartAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(businesses.All.Where(b => b.Telegram is { Mode: TelegramMode.Webhook }).Select(b => RegisterAsync(b, cancellationToken)));

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Calls setWebhook for one business. Returns whether Telegram accepted it.</summary>
    public async Task<bool> RegisterAsync(BusinessConfig business, CancellationToken ct)
    {
        var account = business.Telegram ?? throw new InvalidOperationException($"{business.Id} has no Telegram channel.");
        var url = server.Value.UrlFor($"/webhooks/telegram/{business.Id}");
        using var budget = new CancellationTokenSource(server.Value.Real(Budget), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, budget.Token);
        try
        {
            await clients.For(account).SetWebhook(
                url.ToString(), secretToken: account.SecretToken, allowedUpdates: TelegramPoller.AllowedUpdates, cancellationToken: linked.Token);
            Log.Registered(log, business.Id, url);
            return true;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            var reason = budget.IsCancellationRequested ? $"Telegram did not answer within {Budget.TotalSeconds:0} s" : e.Message;
            Log.Failed(log, business.Id, url, reason);
            return false;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(4111, LogLevel.Information, "Telegram webhook of business {Business} set to {Url}")]
        public static partial void Registered(ILogger log, string business, Uri url);

        [LoggerMessage(4112, LogLevel.Warning, "Could not set the Telegram webhook of business {Business} to {Url}: {Reason}. Inbound Telegram messages will not arrive until it is set")]
        public static partial void Failed(ILogger log, string business, Uri url, string reason);
    }
}
