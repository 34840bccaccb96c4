namespace Tendero.Solutions.Reservations;

/// <summary>
/// Whether a party fits, and where else it would. Seats: a booking holds its seats for the day's turn from its time, so
/// the seats taken at every moment of the new booking's turn must stay within the day's seats. Kitchen: a party loads
/// the kitchen in the 15-minute window of its arrival (20:00-20:14), and the covers arriving in one window must stay
/// within the kitchen's figure, so a party of 12 at 20:00 fills one window while three tables of 4 at 19:30, 20:00
/// and 20:30 spread out. Pure: the book passes the bookings holding seats and the business's local now.
/// </summary>
public static class CapacityRules
{
    /// <summary>How far apart the times offered instead are.</summary>
    public static readonly TimeSpan OfferStep = TimeSpan.FromMinutes(30);

    /// <summary>How many alternatives are offered at most.</summary>
    public const int MaxOffers = 3;

    /// <summary>How many days after the one asked for are searched for an alternative.</summary>
    public const int DaysAhead = 7;

    /// <summary>Null when the party fits, else one of <see cref="BookingRefusal"/>.</summary>
    public static string? Refusal(OpeningDay? day, IEnumerable<Reservation> holding, DateOnly date, TimeOnly time, int party, DateTime localNow)
    {
        if (date.ToDateTime(time) < localNow)
        {
            return BookingRefusal.Past;
        }
        if (day is null || time < day.Opens || time > day.LastSeating)
        {
            return BookingRefusal.Closed;
        }
        if (party < 1 || party > day.Seats || party > day.KitchenPer15)
        {
            return BookingRefusal.TooLarge;
        }
        var sameDay = holding.Where(r => r.Date == date && r.HoldsSeats).ToList();
        var start = time.ToTimeSpan();
        var end = start + day.Turn;
        var moments = sameDay.Select(r => r.Time.ToTimeSpan()).Where(t => t > start && t < end).Append(start);
        foreach (var moment in moments)
        {
            var taken = sameDay.Where(r => r.Time.ToTimeSpan() <= moment && moment < r.Time.ToTimeSpan() + day.Turn).Sum(r => r.PartySize);
            if (taken + party > day.Seats)
            {
                return BookingRefusal.NoSeats;
            }
        }
        var window = Window(time);
        var covers = sameDay.Where(r => Window(r.Time) == window).Sum(r => r.PartySize);
        return covers + party > day.KitchenPer15 ? BookingRefusal.KitchenFull : null;
    }

    /// <summary>
    /// Up to <see cref="MaxOffers"/> times that would fit: the same day first, nearest to the time asked first (earlier
    /// on a tie), on a half-hour grid from opening; then the first following day with room, nearest to the same time.
    /// </summary>
    public static IReadOnlyList<SlotOffer> Alternatives(
        Func<DateOnly, OpeningDay?> days, IReadOnlyList<Reservation> holding, DateOnly date, TimeOnly time, int party, DateTime localNow)
    {
        var offers = new List<SlotOffer>();
        for (var offset = 0; offset <= DaysAhead && offers.Count < MaxOffers; offset++)
        {
            var on = date.AddDays(offset);
            if (days(on) is not { } day)
            {
                continue;
            }
            var fits = Grid(day)
                .Where(t => !(offset == 0 && t == time))
                .Where(t => Refusal(day, holding, on, t, party, localNow) is null)
                .OrderBy(t => Math.Abs((t.ToTimeSpan() - time.ToTimeSpan()).TotalMinutes)).ThenBy(t => t)
                .Take(MaxOffers - offers.Count)
                .Select(t => new SlotOffer(on, t))
                .ToList();
            offers.AddRange(fits);
            if (offset > 0 && fits.Count > 0)
            {
                break;
            }
        }
        return offers;
    }

    /// <summary>The 15-minute kitchen window a time falls in, as minutes since midnight.</summary>
    public static int Window(TimeOnly time) => time.Hour * 60 + time.Minute / 15 * 15;

    private static IEnumerable<TimeOnly> Grid(OpeningDay day)
    {
        for (var t = day.Opens.ToTimeSpan(); t <= day.LastSeating.ToTimeSpan(); t += OfferStep)
        {
            yield return TimeOnly.FromTimeSpan(t);
        }
    }
}
