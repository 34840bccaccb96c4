namespace Tendero.Solutions.Reservations;

/// <summary>The capacity rules of <see cref="MemoryReservationBook"/>: opening hours, seats per slot, nearest alternatives.</summary>
internal static class MemorySlots
{
    public static TimeOnly SlotOf(TimeOnly time, MemoryBookOptions o)
    {
        var minutes = time.Hour * 60 + time.Minute;
        return new TimeOnly(0, 0).AddMinutes(minutes - minutes % o.SlotMinutes);
    }

    public static BookingOutcome? Refusal(IReadOnlyList<Reservation> all, DateOnly date, TimeOnly time, int party, string? except, MemoryBookOptions o)
    {
        if (party > o.SeatsPerSlot) return BookingOutcome.Refused(BookingRefusal.TooLarge, []);
        if (!IsOpen(date, time, o)) return BookingOutcome.Refused(BookingRefusal.Closed, Alternatives(all, date, time, party, except, o));
        return Free(all, date, time, except, o) >= party ? null
            : BookingOutcome.Refused(BookingRefusal.NoSeats, Alternatives(all, date, time, party, except, o));
    }

    private static bool IsOpen(DateOnly date, TimeOnly time, MemoryBookOptions o) =>
        !o.ClosedDays.Contains(date.DayOfWeek) && time >= o.Opens && time <= o.LastSeating;

    private static int Free(IReadOnlyList<Reservation> all, DateOnly date, TimeOnly time, string? except, MemoryBookOptions o)
    {
        var slot = SlotOf(time, o);
        return o.SeatsPerSlot - all.Where(b => b.HoldsSeats && b.Id != except && b.Date == date && SlotOf(b.Time, o) == slot).Sum(b => b.PartySize);
    }

    // The nearest open slots with room on that day, earlier first on a tie; at most two, as a person would offer.
    private static List<SlotOffer> Alternatives(IReadOnlyList<Reservation> all, DateOnly date, TimeOnly time, int party, string? except, MemoryBookOptions o)
    {
        var asked = time.Hour * 60 + time.Minute;
        var slots = new List<(int Distance, TimeOnly Time)>();
        for (var t = o.Opens; t <= o.LastSeating; t = t.AddMinutes(o.SlotMinutes))
        {
            var at = t.Hour * 60 + t.Minute;
            if (at != asked && IsOpen(date, t, o) && Free(all, date, t, except, o) >= party) slots.Add((Math.Abs(at - asked), t));
            if (t.AddMinutes(o.SlotMinutes) < t) break; // wrapped past midnight
        }
        return [.. slots.OrderBy(s => s.Distance).ThenBy(s => s.Time).Take(o.MaxAlternatives).OrderBy(s => s.Time).Select(s => new SlotOffer(date, s.Time))];
    }
}
