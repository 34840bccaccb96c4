namespace Tendero.Solutions.Reservations;

/// <summary>
/// A reservation book in memory: a fixed number of seats per half-hour slot, opening hours and a menu. It stands in for
/// the restaurant's sheet in <c>tendero eval reservations</c> (a fresh one per conversation) and in the tests, so the
/// conversation can be measured against real capacity decisions without a spreadsheet. Thread-safe.
/// </summary>
public sealed class MemoryReservationBook(MemoryBookOptions options) : IReservationBook
{
    private readonly List<Reservation> bookings = [];
    private readonly Lock gate = new();

    public MemoryReservationBook() : this(new MemoryBookOptions())
    {
    }

    public MemoryBookOptions Options => options;

    /// <summary>Every booking ever taken, cancelled ones included.</summary>
    public IReadOnlyList<Reservation> All
    {
        get { lock (gate) return [.. bookings]; }
    }

    /// <summary>Takes every seat of a slot (a party of walk-ins), so a booking there is refused with alternatives.</summary>
    public void Fill(DateOnly date, TimeOnly time)
    {
        lock (gate) bookings.Add(New(date, MemorySlots.SlotOf(time, options), options.SeatsPerSlot, "walk-in", "staff", "", ""));
    }

    /// <summary>Adds a booking as if taken earlier; returns it.</summary>
    public Reservation Seed(BookingRequest request)
    {
        lock (gate)
        {
            var r = New(request.Date, request.Time, request.PartySize, request.Name, request.Phone, request.Channel, request.Notes);
            bookings.Add(r);
            return r;
        }
    }

    public Task<IReadOnlyList<Reservation>> DayAsync(string business, DateOnly date, CancellationToken ct)
    {
        lock (gate) return Task.FromResult<IReadOnlyList<Reservation>>([.. bookings.Where(b => b.Date == date).OrderBy(b => b.Time)]);
    }

    public Task<Reservation?> SetStatusAsync(string business, string reservationId, string status, CancellationToken ct)
    {
        lock (gate)
        {
            var i = bookings.FindIndex(b => b.Id == reservationId);
            if (i < 0) return Task.FromResult<Reservation?>(null);
            bookings[i] = bookings[i] with { Status = status };
            return Task.FromResult<Reservation?>(bookings[i]);
        }
    }

    public Task<BookingOutcome> BookAsync(string business, BookingRequest request, CancellationToken ct)
    {
        lock (gate)
        {
            if (MemorySlots.Refusal(bookings, request.Date, request.Time, request.PartySize, null, options) is { } refused)
                return Task.FromResult(refused);
            var r = New(request.Date, request.Time, request.PartySize, request.Name, request.Phone, request.Channel, request.Notes);
            bookings.Add(r);
            return Task.FromResult(BookingOutcome.Success(r));
        }
    }

    public Task<BookingOutcome> ChangeAsync(string business, string reservationId, BookingChange change, CancellationToken ct)
    {
        lock (gate)
        {
            var i = bookings.FindIndex(b => b.Id == reservationId && b.HoldsSeats);
            if (i < 0) return Task.FromResult(BookingOutcome.Refused(BookingRefusal.NotFound, []));
            var old = bookings[i];
            var moved = old with
            {
                Date = change.Date ?? old.Date, Time = change.Time ?? old.Time, PartySize = change.PartySize ?? old.PartySize,
                Name = change.Name ?? old.Name, Notes = change.Notes ?? old.Notes,
            };
            if (MemorySlots.Refusal(bookings, moved.Date, moved.Time, moved.PartySize, old.Id, options) is { } refused)
                return Task.FromResult(refused);
            bookings[i] = moved;
            return Task.FromResult(BookingOutcome.Success(moved));
        }
    }

    public Task<IReadOnlyList<Reservation>> FindAsync(string business, string phone, DateOnly date, CancellationToken ct)
    {
        lock (gate) return Task.FromResult<IReadOnlyList<Reservation>>([.. bookings.Where(b => b.Phone == phone && b.Date == date && b.HoldsSeats)]);
    }

    public Task<IReadOnlyList<MenuDish>> MenuAsync(string business, CancellationToken ct) => Task.FromResult(options.Menu);

    private Reservation New(DateOnly date, TimeOnly time, int party, string name, string phone, string channel, string notes) => new()
    {
        Id = $"mem-{bookings.Count + 1}", Business = "memory", Date = date, Time = time, PartySize = party, Name = name,
        Phone = phone, Channel = channel, Notes = notes,
    };
}
