using Microsoft.Extensions.DependencyInjection;

namespace Tendero.Solutions.Reservations;

/// <summary>Registers the reservations solution's kitchen tickets, reminders and staff commands (the book registers itself).</summary>
public static class ReservationsSetup
{
    public static IServiceCollection AddReservationJobs(this IServiceCollection services)
    {
        services.AddSingleton<ReservationBookLocator>();
        services.AddSingleton<ReservationJobs>();
        services.AddSingleton<KitchenAgent>();
        services.AddSingleton<ReservationDeskAgent>();
        services.AddSingleton<ReservationsWorker>();
        return services;
    }
}
