using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Tendero.Config;

namespace Tendero.Solutions.Reservations;

/// <summary>
/// Registers the reservations solution: the book over the businesses' sheets (needs the Sheets connector's
/// <c>SheetsConnections</c>), and its kitchen tickets, reminders and staff commands.
/// </summary>
public static class ReservationsSetup
{
    public static IServiceCollection AddReservations(this IServiceCollection services)
    {
        services.AddSingleton<BookSheets>();
        services.AddSingleton<ReservationBook>();
        services.AddSingleton<IReservationBook>(sp => sp.GetRequiredService<ReservationBook>());
        services.AddSingleton<ReservationJobs>();
        services.AddSingleton<ReservationsAgent>();
        services.AddSingleton<KitchenAgent>();
        services.AddSingleton<ReservationDeskAgent>();
        services.AddSingleton<ReservationsWorker>();
        return services;
    }

    /// <summary>True when some business has a <c>reservations:</c> section: only then do its agents and worker run.</summary>
    public static bool TakesBookings(IServiceProvider services) =>
        services.GetRequiredService<Businesses>().All.Any(b => b.Reservations is not null);

    /// <summary>Stands in for the reservations agents and worker on a server whose businesses take no bookings.</summary>
    public sealed class NothingToRun : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
