using Tendero.Agents.Conversation;
using Tendero.Ai;
using static Tendero.Tests.Agents.Conversation.Chat;

namespace Tendero.Tests.Agents.Conversation;

public sealed class DialogChangeCancelTests
{
    [Fact]
    public void Next_ChangeWithOnlyTheBookingDay_AsksWhatToChangeThenConfirms()
    {
        var chat = new Chat();
        Assert.Equal("¿Qué quieres cambiar?", chat.Reply(Said(Intents.ReservationChange, date: "2026-11-27")));
        Assert.Equal("Cambio de tu reserva del viernes 27 de noviembre: nueva hora 21:00. ¿Confirmo? (sí/no)",
            chat.Reply(Slots(time: "21:00")));

        var turn = chat.Send(Said(Intents.Ack));

        var action = Assert.IsType<DialogAction.ReservationRequested>(Assert.Single(turn.Actions));
        Assert.Equal(DialogGoal.Change, action.Goal);
        Assert.Equal(("2026-11-27", (string?)null, "21:00"), (action.Slots.BookingDate, action.Slots.Date, action.Slots.Time));
        Assert.Contains("solicitud de cambio", Assert.Single(turn.Replies));
    }

    [Fact]
    public void Next_ChangeWithNothing_AsksTheBookingDayThenTakesALaterDateAsTheNewDay()
    {
        var chat = new Chat();
        Assert.Equal("¿De qué día es tu reserva?", chat.Reply(Said(Intents.ReservationChange)));
        Assert.Equal("¿Qué quieres cambiar?", chat.Reply(Slots(date: "2026-11-27")));

        var summary = chat.Reply(Slots(date: "2026-11-28", people: 6));

        Assert.Equal("Cambio de tu reserva del viernes 27 de noviembre: nuevo día sábado 28 de noviembre, 6 personas. ¿Confirmo? (sí/no)", summary);
    }

    [Fact]
    public void Next_CancelWithTheDay_SummarisesAndYesRequestsTheCancellation()
    {
        var chat = new Chat();
        Assert.Equal("You'd like to cancel your booking on Friday, November 27. Shall I confirm? (yes/no)",
            chat.Reply(Said(Intents.ReservationCancel, "en", "2026-11-27")));

        var turn = chat.Send(Said(Intents.Ack, "en"));

        var action = Assert.IsType<DialogAction.ReservationRequested>(Assert.Single(turn.Actions));
        Assert.Equal((DialogGoal.Cancel, "2026-11-27"), (action.Goal, action.Slots.BookingDate));
    }

    [Fact]
    public void Next_CancelWithoutTheDay_AsksItAndACancelAtTheSummaryIsTheYes()
    {
        var chat = new Chat();
        Assert.Equal("¿De qué día es tu reserva?", chat.Reply(Said(Intents.ReservationCancel)));
        Assert.Equal("Vas a cancelar tu reserva del viernes 27 de noviembre. ¿Confirmo? (sí/no)", chat.Reply(Slots(date: "2026-11-27")));

        var turn = chat.Send(Said(Intents.ReservationCancel)); // "sí, cancélala"

        Assert.IsType<DialogAction.ReservationRequested>(Assert.Single(turn.Actions));
    }

    [Fact]
    public void Next_ChangeTurnsIntoCancel_KeepsTheBookingDay()
    {
        var chat = new Chat();
        chat.Send(Said(Intents.ReservationChange, date: "2026-11-27"));

        Assert.Equal("Vas a cancelar tu reserva del viernes 27 de noviembre. ¿Confirmo? (sí/no)", chat.Reply(Said(Intents.ReservationCancel)));
    }

    [Fact]
    public void Next_ChangeWhileDraftingABooking_AmendsTheDraft()
    {
        var chat = new Chat();
        chat.Send(Said(Intents.ReservationCreate, date: "2026-11-27", time: "20:00"));

        Assert.Equal("¿Para cuántas personas?", chat.Reply(Said(Intents.ReservationChange, time: "21:00")));
        Assert.Equal((DialogGoal.Create, "21:00"), (chat.State!.Goal, chat.State.Slots.Time));
    }
}
