using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Tendero.Channels.Twilio;

public static class TwilioSetup
{
    public static IServiceCollection AddTwilio(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TwilioClients>();
        services.AddSingleton<TwilioChannel>();
        services.AddSingleton<IChannel>(sp => sp.GetRequiredService<TwilioChannel>());
        return services;
    }
}
