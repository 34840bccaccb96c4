using Tendero.Agents.Conversation;
using Tendero.Ai;
using static Tendero.Tests.Agents.Conversation.Chat;

namespace Tendero.Tests.Agents.Conversation;

public sealed class DialogSlotFillingTests
{
    [Fact]
    public void Next_ReservationWithNoSlots_AsksForTheDayFirst()
    {
        var chat = new Chat();
        Assert.Equal("¿Para qué día?", chat.Reply(Said(Intents.ReservationCreate)));
        Assert.Equal(DialogGoal.Create, chat.State!.Goal);
        Assert.Equal(PendingStep.Date, chat.State.Pending);
    }

    [Fact]
    public void Next_DateThenPartySizeThenTimeChange_SummaryShowsTheNewTime()
    {
        var chat = new Chat();
        Assert.Equal("¿A qué hora?", chat.Reply(Said(Intents.ReservationCreate, date: "2026-11-27")));
        Assert.Equal("¿A qué hora?", chat.Reply(Slots(people: 4)));
        Assert.Equal("¿A nombre de quién?", chat.Reply(Slots(time: "20:00")));
        Assert.Equal("Mesa para 4 el viernes 27 de noviembre a las 20:00 a nombre de Ana. ¿Confirmo? (sí/no)",
            chat.Reply(Slots(name: "Ana")));

        var summary = chat.Reply(Slots(time: "21:00")); // "mejor a las 9"

        Assert.Equal("Mesa para 4 el viernes 27 de noviembre a las 21:00 a nombre de Ana. ¿Confirmo? (sí/no)", summary);
        Assert.Equal(PendingStep.Confirmation, chat.State!.Pending);
    }

    [Fact]
    public void Next_MissingSlots_AskedInOrderDateTimePartyName()
    {
        var chat = new Chat();
        Assert.Equal("¿Para cuántas personas?", chat.Reply(Said(Intents.ReservationCreate, date: "2026-11-27", time: "20:00")));
        Assert.Equal("¿Para qué día?", new Chat().Reply(Said(Intents.ReservationCreate, time: "20:00", people: 2, name: "Ana")));
    }

    [Fact]
    public void Next_FullEnglishBookingThenYes_OneReservationRequestedWithAllSlots()
    {
        var chat = new Chat();
        var summary = chat.Reply(Said(Intents.ReservationCreate, "en", "2026-11-27", "20:00", 4, "Ana", 0.95, "gluten free"));
        Assert.Equal("Table for 4 on Friday, November 27 at 20:00 under the name Ana, note: gluten free. Shall I confirm? (yes/no)", summary);

        var turn = chat.Send(Said(Intents.Ack, "en"));

        var action = Assert.IsType<DialogAction.ReservationRequested>(Assert.Single(turn.Actions));
        Assert.Equal(DialogGoal.Create, action.Goal);
        Assert.Equal(("2026-11-27", "20:00", 4, "Ana"), (action.Slots.Date, action.Slots.Time, action.Slots.PartySize, action.Slots.Name));
        Assert.Equal(["gluten free"], action.Slots.Dietary);
        Assert.Contains("registered your booking request", Assert.Single(turn.Replies));
        Assert.Equal((DialogGoal.None, PendingStep.None, (string?)null), (chat.State!.Goal, chat.State.Pending, chat.State.Slots.Date));
    }

    [Fact]
    public void Next_DietaryNotes_AddUpAndShowInTheSummary()
    {
        var chat = new Chat();
        chat.Send(Said(Intents.ReservationCreate, date: "2026-11-27", time: "13:00", people: 2, dietary: "sin gluten"));
        var summary = chat.Reply(Said(Intents.Other, name: "Luis", dietary: "vegano"));
        Assert.Equal("Mesa para 2 el viernes 27 de noviembre a las 13:00 a nombre de Luis, con nota: sin gluten, vegano. ¿Confirmo? (sí/no)", summary);
    }

    [Theory]
    [InlineData(Intents.Other)]
    [InlineData(Intents.ReservationCancel)]
    public void Next_NoAtTheSummary_AsksWhatToChangeThenResummarises(string no)
    {
        var chat = new Chat();
        chat.Send(Said(Intents.ReservationCreate, date: "2026-11-27", time: "20:00", people: 4, name: "Ana"));

        Assert.Equal("¿Qué quieres cambiar?", chat.Reply(Said(no)));
        var turn = chat.Send(Slots(people: 5));

        Assert.Empty(turn.Actions);
        Assert.Equal("Mesa para 5 el viernes 27 de noviembre a las 20:00 a nombre de Ana. ¿Confirmo? (sí/no)", Assert.Single(turn.Replies));
    }

    [Fact]
    public void Next_SecondCancelAfterWhatToChange_DropsTheDraft()
    {
        var chat = new Chat();
        chat.Send(Said(Intents.ReservationCreate, date: "2026-11-27", time: "20:00", people: 4, name: "Ana"));
        chat.Send(Said(Intents.ReservationCancel));

        var turn = chat.Send(Said(Intents.ReservationCancel));

        Assert.Empty(turn.Actions);
        Assert.StartsWith("De acuerdo, dejo la reserva sin hacer", Assert.Single(turn.Replies));
        Assert.Equal(DialogGoal.None, chat.State!.Goal);
    }

    [Fact]
    public void Next_YesWithASlotAtTheSummary_ResummarisesInsteadOfConfirming()
    {
        var chat = new Chat();
        chat.Send(Said(Intents.ReservationCreate, date: "2026-11-27", time: "20:00", people: 4, name: "Ana"));

        var turn = chat.Send(Said(Intents.Ack, time: "01:30"));

        Assert.Empty(turn.Actions);
        Assert.Equal("Mesa para 4 el viernes 27 de noviembre a la 01:30 a nombre de Ana. ¿Confirmo? (sí/no)", Assert.Single(turn.Replies));
    }

    [Fact]
    public void Next_UnusableSlots_AreIgnoredAndAskedAgain()
    {
        var chat = new Chat();
        Assert.Equal("¿Para qué día?", chat.Reply(Said(Intents.ReservationCreate, date: "27/11", time: "25:00", people: 0, name: " ")));
        var slots = chat.State!.Slots;
        Assert.Equal(((string?)null, (string?)null, (int?)null, (string?)null), (slots.Date, slots.Time, slots.PartySize, slots.Name));
    }

    [Fact]
    public void Next_DateInAnotherYear_SaysTheYear()
    {
        var summary = new Chat().Reply(Said(Intents.ReservationCreate, date: "2027-01-08", time: "9:00", people: 1, name: "Eva"));
        Assert.Equal("Mesa para 1 el viernes 8 de enero de 2027 a las 09:00 a nombre de Eva. ¿Confirmo? (sí/no)", summary);
    }
}
