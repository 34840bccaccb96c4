using System.Collections.Concurrent;
using Telegram.Bot;
using Tendero.Config;

namespace Tendero.Channels.Telegram;

/// <summary>
/// One <see cref="TelegramBotClient"/> per bot (and purpose), built once. Sends and long polls use different
/// HttpClients because a getUpdates call is meant to hang for up to <see cref="TelegramPoller.LongPollSeconds"/>.
/// </summary>
public sealed class TelegramClients(IHttpClientFactory factory)
{
    /// <summary>The named HttpClient for sends and setWebhook (30 s timeout).</summary>
    public const string SendHttpClient = "telegram";

    /// <summary>The named HttpClient for getUpdates, whose timeout must outlast the long poll.</summary>
    public const string PollHttpClient = "telegram-polling";

    private readonly ConcurrentDictionary<(string Token, Uri BaseUrl, string Purpose), TelegramBotClient> clients = new();

    public TelegramBotClient For(TelegramAccount account) => Get(account, SendHttpClient);

    public TelegramBotClient ForPolling(TelegramAccount account) => Get(account, PollHttpClient);

    private TelegramBotClient Get(TelegramAccount account, string purpose) =>
        clients.GetOrAdd((account.BotToken, account.BaseUrl, purpose), key => Create(key.Token, key.BaseUrl, factory.CreateClient(key.Purpose)));

    /// <summary>
    /// The SDK keeps only scheme://authority of the base URL and calls {base}/bot{token}/{method}.
    /// RetryThreshold = 0 turns off its own 429 handling (it would wait with Task.Delay, off our clock, up to 3 times):
    /// the ledger owns retries and honours retry_after itself
    /// (https://github.com/TelegramBots/Telegram.Bot/blob/master/src/Telegram.Bot/TelegramBotClientOptions.cs).
    /// </summary>
    internal static TelegramBotClient Create(string token, Uri baseUrl, HttpClient http) =>
        new(new TelegramBotClientOptions(token, baseUrl.ToString()) { RetryThreshold = 0 }, http);
}
