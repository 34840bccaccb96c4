using System.Collections.Concurrent;
using Tendero.Solutions.Reservations;

namespace Tendero.IntegrationTests.Kitchen;

/// <summary>
/// An in-memory book for the kitchen, reminder and staff tests: the bookings they seed, and every status change asked
/// of it, in order. A cancel frees the seats at once (the booking stops holding them), as the real book's does.
/// </summary>
internal sealed class FakeReservationBook : IReservationBook
{
    private readonly ConcurrentDictionary<string, Reservation> bookings = new(StringComparer.Ordinal);

    public ConcurrentQueue<(string Id, string Status)> Changes { get; } = new();

    public int DayCalls;

    public Reservation Add(Reservation r)
    {
        bookings[r.Id] = r;
        return r;
    }

    public Reservation Get(string id) => bookings[id];

    public Task<IReadOnlyList<Reservation>> DayAsync(string business, DateOnly date, CancellationToken ct)
    {
        Interlocked.Increment(ref DayCalls);
        return Task.FromResult<IReadOnlyList<Reservation>>(
            [.. bookings.Values.Where(r => r.Business == business && r.Date == date).OrderBy(r => r.Time).ThenBy(r => r.Id, StringComparer.Ordinal)]);
    }

    public Task<Reservation?> SetStatusAsync(string business, string reservationId, string status, CancellationToken ct)
    {
        if (!bookings.TryGetValue(reservationId, out var r) || r.Business != business)
        {
            return Task.FromResult<Reservation?>(null);
        }
        var changed = r with { Status = status };
        bookings[reservationId] = changed;
        Changes.Enqueue((reservationId, status));
        return Task.FromResult<Reservation?>(changed);
    }

    public Task<BookingOutcome> BookAsync(string business, BookingRequest request, CancellationToken ct) => throw new NotSupportedException();

    public Task<BookingOutcome> ChangeAsync(string business, string reservationId, BookingChange change, CancellationToken ct) => throw new NotSupportedException();

    public Task<IReadOnlyList<Reservation>> FindAsync(string business, string phone, DateOnly date, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Reservation>>([.. bookings.Values.Where(r => r.Business == business && r.Phone == phone && r.Date == date)]);

    public Task<IReadOnlyList<MenuDish>> MenuAsync(string business, CancellationToken ct) => Task.FromResult<IReadOnlyList<MenuDish>>([]);
}
