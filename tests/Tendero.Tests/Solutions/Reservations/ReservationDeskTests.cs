using Tendero.Agents.Conversation;
using Tendero.Solutions.Reservations;

namespace Tendero.Tests.Solutions.Reservations;

public sealed class ReservationDeskTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 13, 0, 0, TimeSpan.FromHours(-5));
    private static readonly ConversationState State = ConversationState.Start("es", Now);
    private const string Phone = "+50761230000";

    private static DeskRequest Create(string time = "20:00") => new(DialogGoal.Create,
        new ReservationSlots { Date = "2026-11-27", Time = time, PartySize = 4, Name = "Ana" }, Phone, "whatsapp");

    private static Task<DeskAnswer> Handle(MemoryReservationBook book, DeskRequest q) =>
        ReservationDesk.HandleAsync(book, "la-fonda", q, State, Now, CancellationToken.None);

    [Fact]
    public async Task HandleAsync_SameRequestTwice_BooksOnceAndConfirmsBoth()
    {
        var book = new MemoryReservationBook();

        var first = await Handle(book, Create());
        var again = await Handle(book, Create());

        Assert.Single(book.All);
        Assert.Equal(first.Replies, again.Replies);
        Assert.Contains("queda reservada el viernes 27 de noviembre a las 20:00", first.Replies[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_SlotFull_RefusesWithOffersAndWaitsForAPick()
    {
        var book = new MemoryReservationBook();
        book.Fill(new DateOnly(2026, 11, 27), new TimeOnly(20, 0));

        var answer = await Handle(book, Create());

        Assert.Equal("A las 20:00 está lleno; tenemos 19:30 o 20:30. ¿Te sirve alguna?", Assert.Single(answer.Replies));
        Assert.Equal(PendingStep.Alternative, answer.State!.Pending);
        Assert.Equal([new OfferedSlot("2026-11-27", "19:30"), new OfferedSlot("2026-11-27", "20:30")], answer.State.Offers);
        Assert.Single(book.All); // only the walk-ins
    }

    [Fact]
    public async Task HandleAsync_CancelTwice_CancelsAndSaysSoBothTimes()
    {
        var book = new MemoryReservationBook();
        await Handle(book, Create());
        var cancel = new DeskRequest(DialogGoal.Cancel, new ReservationSlots { BookingDate = "2026-11-27" }, Phone, "whatsapp");

        var first = await Handle(book, cancel);
        var again = await Handle(book, cancel);

        Assert.Equal(ReservationStatus.Cancelled, Assert.Single(book.All).Status);
        Assert.Equal(first.Replies, again.Replies);
    }

    [Fact]
    public async Task HandleAsync_ChangeWithNoBookingThatDay_SaysSoAndAsksForTheDay()
    {
        var change = new DeskRequest(DialogGoal.Change, new ReservationSlots { BookingDate = "2026-11-27", Time = "21:00" }, Phone, "whatsapp");

        var answer = await Handle(new MemoryReservationBook(), change);

        Assert.StartsWith("No encuentro ninguna reserva de este número para el viernes 27 de noviembre", answer.Replies[0], StringComparison.Ordinal);
        Assert.Equal((DialogGoal.Change, PendingStep.BookingDate, null, "21:00"),
            (answer.State!.Goal, answer.State.Pending, answer.State.Slots.BookingDate, answer.State.Slots.Time));
    }

    [Fact]
    public async Task HandleAsync_ChangeToAFreeTime_MovesTheBooking()
    {
        var book = new MemoryReservationBook();
        await Handle(book, Create());
        var change = new DeskRequest(DialogGoal.Change, new ReservationSlots { BookingDate = "2026-11-27", Time = "21:00" }, Phone, "whatsapp");

        var answer = await Handle(book, change);

        Assert.Equal(new TimeOnly(21, 0), Assert.Single(book.All).Time);
        Assert.Contains("Tu reserva queda el viernes 27 de noviembre a las 21:00", answer.Replies[0], StringComparison.Ordinal);
    }
}
