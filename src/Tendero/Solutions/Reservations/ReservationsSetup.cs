using Microsoft.Extensions.DependencyInjection;

namespace Tendero.Solutions.Reservations;

/// <summary>Registers the reservation book over the businesses' sheets (needs the Sheets connector's <c>SheetsConnections</c>).</summary>
public static class ReservationsSetup
{
    public static IServiceCollection AddReservationBook(this IServiceCollection services)
    {
        services.AddSingleton<BookSheets>();
        services.AddSingleton<ReservationBook>();
        services.AddSingleton<IReservationBook>(sp => sp.GetRequiredService<ReservationBook>());
        return services;
    }
}
