using Tendero.Solutions.Reservations;

namespace Tendero.Tests.Solutions.Reservations;

/// <summary>Seats held for a turn, the kitchen's covers per 15 minutes, and the alternatives offered, on a fixed "now".</summary>
public sealed class CapacityRulesTests
{
    private static readonly DateOnly Day = new(2026, 11, 27); // a Friday
    private static readonly DateTime Now = new(2026, 11, 26, 15, 0, 0);
    private static readonly OpeningDay Open = new(new TimeOnly(12, 0), new TimeOnly(23, 0), 40, TimeSpan.FromHours(2), 24);

    private static Reservation At(string time, int party, string status = ReservationStatus.Confirmed, DateOnly? date = null) => new()
    {
        Id = Guid.NewGuid().ToString("N"), Business = "la-fonda", Date = date ?? Day, Time = TimeOnly.Parse(time), PartySize = party, Status = status,
    };

    private static string? Refusal(IEnumerable<Reservation> holding, string time, int party, OpeningDay? day = null) =>
        CapacityRules.Refusal(day ?? Open, holding, Day, TimeOnly.Parse(time), party, Now);

    [Fact]
    public void Refusal_ThirtyEightSeatsTakenAndAPartyOfTwo_Fits() =>
        Assert.Null(Refusal([At("19:00", 20), At("20:00", 18)], "20:30", 2));

    [Fact]
    public void Refusal_SeatsTakenDuringTheTurn_IsNoSeats() =>
        Assert.Equal(BookingRefusal.NoSeats, Refusal([At("19:00", 20), At("20:00", 18)], "20:30", 4));

    [Fact]
    public void Refusal_SeatsFreeAgainAfterTheTurn_Fits() =>
        Assert.Null(Refusal([At("18:00", 20), At("18:30", 20)], "20:30", 20));

    [Fact]
    public void Refusal_ABookingLaterInTheTurnFillsTheRoom_IsNoSeats() =>
        Assert.Equal(BookingRefusal.NoSeats, Refusal([At("21:00", 38)], "20:00", 4));

    [Fact]
    public void Refusal_CancelledAndNoShowBookings_HoldNoSeats() =>
        Assert.Null(Refusal([At("20:00", 30, ReservationStatus.Cancelled), At("20:00", 30, ReservationStatus.NoShow)], "20:00", 10));

    [Fact]
    public void Refusal_APartyOfTwelveInAWindowWithFourteenCovers_IsKitchenFull() =>
        Assert.Equal(BookingRefusal.KitchenFull, Refusal([At("20:00", 8), At("20:10", 6)], "20:05", 12));

    [Fact]
    public void Refusal_TablesSpreadOverWindows_LoadTheKitchenApart() =>
        Assert.Null(Refusal([At("19:30", 12), At("20:30", 12)], "20:00", 12, Open with { KitchenPer15 = 12 }));

    [Fact]
    public void Refusal_TheNextWindow_IsAnotherWindow() =>
        Assert.Null(Refusal([At("20:00", 20)], "20:15", 20, Open with { Seats = 100 }));

    [Theory]
    [InlineData("11:45")]
    [InlineData("21:15")]
    public void Refusal_BeforeOpeningOrAfterTheLastSeating_IsClosed(string time) =>
        Assert.Equal(BookingRefusal.Closed, Refusal([], time, 2));

    [Fact]
    public void Refusal_AClosedDay_IsClosed() =>
        Assert.Equal(BookingRefusal.Closed, CapacityRules.Refusal(null, [], Day, new TimeOnly(20, 0), 2, Now));

    [Fact]
    public void Refusal_EarlierToday_IsPast() =>
        Assert.Equal(BookingRefusal.Past, CapacityRules.Refusal(Open, [], new DateOnly(2026, 11, 26), new TimeOnly(13, 0), 2, Now));

    [Fact]
    public void Refusal_MoreThanTheKitchenOrTheRoomTakes_IsTooLarge() =>
        Assert.Equal(BookingRefusal.TooLarge, Refusal([], "20:00", 25));

    [Fact]
    public void Alternatives_AFullEvening_OffersTheNearestTimesThatDayFirst()
    {
        List<Reservation> holding = [At("19:00", 40), At("20:00", 40)]; // full 19:00-21:59; 18:30 overlaps 19:00's seats

        var offers = CapacityRules.Alternatives(_ => Open, holding, Day, new TimeOnly(20, 0), 4, Now);

        Assert.Equal([new SlotOffer(Day, new TimeOnly(17, 0)), new SlotOffer(Day, new TimeOnly(16, 30)), new SlotOffer(Day, new TimeOnly(16, 0))], offers);
    }

    [Fact]
    public void Alternatives_NoRoomThatDay_OffersTheNextDayNearestToTheSameTime()
    {
        List<Reservation> holding = [At("12:00", 40), At("14:00", 40), At("16:00", 40), At("18:00", 40), At("20:00", 40)];

        var offers = CapacityRules.Alternatives(_ => Open, holding, Day, new TimeOnly(20, 0), 4, Now);

        Assert.Equal([new SlotOffer(Day.AddDays(1), new TimeOnly(20, 0)), new SlotOffer(Day.AddDays(1), new TimeOnly(19, 30)), new SlotOffer(Day.AddDays(1), new TimeOnly(20, 30))], offers);
    }

    [Fact]
    public void Alternatives_AClosedMonday_OffersTuesday()
    {
        var monday = new DateOnly(2026, 11, 30);

        var offers = CapacityRules.Alternatives(d => d.DayOfWeek == DayOfWeek.Monday ? null : Open, [], monday, new TimeOnly(20, 0), 2, Now);

        Assert.All(offers, o => Assert.Equal(monday.AddDays(1), o.Date));
        Assert.Equal(new TimeOnly(20, 0), offers[0].Time);
    }

    [Fact]
    public void Read_CapacityTabByWeekdayAndDate_DateOverridesItsWeekday()
    {
        var skipped = new List<string>();
        (int, IReadOnlyDictionary<string, string>) Row(int n, string day, string opens, string closes = "23:00") => (n, new Dictionary<string, string>
        {
            ["Día"] = day, ["Abre"] = opens, ["Cierra"] = closes, ["Plazas"] = "40", ["Turno (min)"] = "120", ["Cocina 15 min"] = "24",
        });

        var table = CapacityTable.Read([Row(2, "Viernes", "12:00"), Row(3, "Lunes", "Cerrado"), Row(4, "24/12/2026", "12:00", "17:00"), Row(5, "Festivo", "12:00")],
            (_, why) => skipped.Add(why));

        Assert.Equal(new TimeOnly(12, 0), table.For(Day)!.Opens);
        Assert.Null(table.For(new DateOnly(2026, 11, 30)));
        Assert.Null(table.For(new DateOnly(2026, 11, 28)));
        Assert.Equal(new TimeOnly(17, 0), table.For(new DateOnly(2026, 12, 24))!.Closes);
        Assert.Single(skipped);
    }
}
