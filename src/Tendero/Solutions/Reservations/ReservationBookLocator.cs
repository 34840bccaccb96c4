using Microsoft.Extensions.DependencyInjection;

namespace Tendero.Solutions.Reservations;

/// <summary>
/// Finds the <see cref="IReservationBook"/> when it is first needed rather than at start, so a server whose businesses
/// take no bookings runs without one; a business that does, with none registered, fails its reservations work loudly.
/// </summary>
public sealed class ReservationBookLocator(IServiceProvider services)
{
    public IReservationBook Book => services.GetService<IReservationBook>()
        ?? throw new InvalidOperationException("No IReservationBook is registered: the reservations solution needs the book (AddReservationBook).");
}
