using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Tendero.Channels.Telegram;

public static class TelegramSetup
{
    public static IServiceCollection AddTelegram(this IServiceCollection services)
    {
        AddHttpClient(services, TelegramClients.SendHttpClient, TimeSpan.FromSeconds(30));
        // Must outlast the long poll, or every quiet getUpdates would end as a timeout.
        AddHttpClient(services, TelegramClients.PollHttpClient, TimeSpan.FromSeconds(TelegramPoller.LongPollSeconds + 35));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TelegramClients>();
        services.AddSingleton<TelegramChannel>();
        services.AddSingleton<TelegramCallbacks>();
        services.AddSingleton<IChannel>(sp => sp.GetRequiredService<TelegramChannel>());
        services.AddSingleton<TelegramPoller>();
        services.AddHostedService(sp => sp.GetRequiredService<TelegramPoller>());
        services.AddSingleton<TelegramWebhookRegistrar>();
        services.AddHostedService(sp => sp.GetRequiredService<TelegramWebhookRegistrar>());
        return services;
    }

    // TelegramClients keeps its HttpClients for the life of the process, so DNS changes are picked up by recycling
    // pooled connections rather than handlers (https://learn.microsoft.com/dotnet/fundamentals/networking/http/httpclient-guidelines).
    // The factory's request logging is removed: every Bot API URL carries the bot token (/bot<token>/<method>).
    private static void AddHttpClient(IServiceCollection services, string name, TimeSpan timeout) =>
        services.AddHttpClient(name, http => http.Timeout = timeout)
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                AutomaticDecompression = DecompressionMethods.All,
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
}
