using Microsoft.Extensions.DependencyInjection;

namespace Tendero.Channels.WhatsApp;

public static class WhatsAppSetup
{
    public static IServiceCollection AddWhatsApp(this IServiceCollection services)
    {
        services.AddHttpClient<WhatsAppClient>(http => http.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<WhatsAppChannel>();
        services.AddSingleton<IChannel>(sp => sp.GetRequiredService<WhatsAppChannel>());
        return services;
    }
}
