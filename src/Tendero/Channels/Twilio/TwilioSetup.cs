using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tendero.Storage;

namespace Tendero.Channels.Twilio;

public static class TwilioSetup
{
    /// <summary>SMS and phone calls on the business's Twilio account, and the store the call webhooks use.</summary>
    public static IServiceCollection AddTwilio(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TwilioClients>();
        services.AddSingleton<TwilioChannel>();
        services.AddSingleton<IChannel>(sp => sp.GetRequiredService<TwilioChannel>());
        services.TryAddSingleton<CallStore>();
        services.AddSingleton<TwilioVoiceChannel>();
        services.AddSingleton<IChannel>(sp => sp.GetRequiredService<TwilioVoiceChannel>());
        return services;
    }
}
