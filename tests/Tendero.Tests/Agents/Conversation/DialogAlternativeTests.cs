using Tendero.Agents.Conversation;
using Tendero.Ai;
using static Tendero.Tests.Agents.Conversation.Chat;

namespace Tendero.Tests.Agents.Conversation;

public sealed class DialogAlternativeTests
{
    private static readonly DialogContext Live = Context() with { LiveBook = true };

    // The state the reservations agent leaves after "20:00 is full; we have 19:30 or 20:30".
    private static ConversationState Offered(string language = "es") => ConversationState.Start(language, Start) with
    {
        Goal = DialogGoal.Create,
        Pending = PendingStep.Alternative,
        Slots = new ReservationSlots { Date = "2026-11-27", Time = "20:00", PartySize = 4, Name = "Ana" },
        Offers = [new OfferedSlot("2026-11-27", "19:30"), new OfferedSlot("2026-11-27", "20:30")],
    };

    private static DialogTurn Answer(Understanding u, string text, string language = "es") =>
        Dialog.Next(Offered(language), u, Start.AddMinutes(1), Live, text);

    [Theory]
    [InlineData(Intents.InfoMenu, "la de las 20:30", "20:30", "20:30")]
    [InlineData(Intents.Ack, "sí, 8:30pm", "20:30", "20:30")]
    [InlineData(Intents.Complaint, "la primera", null, "19:30")]
    [InlineData(Intents.Other, "the second one", null, "20:30")]
    public void Next_PickAmongOffers_RequestsTheOfferedTimeAndSaysNothingYet(string intent, string text, string? time, string booked)
    {
        var turn = Answer(Said(intent, time: time), text);

        var request = Assert.IsType<DialogAction.ReservationRequested>(Assert.Single(turn.Actions));
        Assert.Equal((DialogGoal.Create, "2026-11-27", booked, 4, "Ana"),
            (request.Goal, request.Slots.Date, request.Slots.Time, request.Slots.PartySize, request.Slots.Name));
        Assert.Empty(turn.Replies); // the reservations agent answers with the book's decision
        Assert.Equal((DialogGoal.None, PendingStep.None), (turn.State.Goal, turn.State.Pending));
    }

    [Theory]
    [InlineData("es", "ninguna, gracias", "De acuerdo, no hago la reserva")]
    [InlineData("en", "neither", "OK, I won't book it")]
    public void Next_DeclinesEveryOffer_DropsTheDraftWithoutARequest(string language, string text, string reply)
    {
        var turn = Answer(Said(Intents.Thanks, language), text, language);

        Assert.Empty(turn.Actions);
        Assert.StartsWith(reply, Assert.Single(turn.Replies), StringComparison.Ordinal);
        Assert.Empty(turn.State.Offers);
    }

    [Fact]
    public void Next_AnotherTimeThanOffered_RequestsThatTime()
    {
        var turn = Answer(Said(Intents.ReservationChange, time: "22:00"), "no, mejor a las 22:00");

        Assert.Equal("22:00", Assert.IsType<DialogAction.ReservationRequested>(Assert.Single(turn.Actions)).Slots.Time);
    }

    [Fact]
    public void Next_AskForAPersonWhileOffered_HandsOff()
    {
        var turn = Answer(Said(Intents.Human), "quiero hablar con una persona");

        Assert.IsType<DialogAction.HandoffRequested>(Assert.Single(turn.Actions));
        Assert.Equal(DialogMode.Handoff, turn.State.Mode);
    }

    [Fact]
    public void Next_BareNameWhenAskedForIt_TakesItAsTheName()
    {
        var chat = new Chat();
        chat.Send(Said(Intents.ReservationCreate, date: "2026-11-27", time: "20:00", people: 2));

        var turn = Dialog.Next(chat.State, Said(Intents.Other, confidence: 0.3), chat.Clock.AddMinutes(1), chat.Ctx, "carlos pérez");

        Assert.Equal("Carlos Pérez", turn.State.Slots.Name);
        Assert.Equal(PendingStep.Confirmation, turn.State.Pending);
    }

    [Fact]
    public void Next_PlainNoToACancelSummary_KeepsTheBooking()
    {
        var chat = new Chat();
        chat.Send(Said(Intents.ReservationCancel, date: "2026-11-27"));

        var turn = Dialog.Next(chat.State, Said(Intents.ReservationCancel), chat.Clock.AddMinutes(1), chat.Ctx, "no");

        Assert.Empty(turn.Actions);
        Assert.Equal("De acuerdo, no cancelo nada: tu reserva sigue en pie.", Assert.Single(turn.Replies));
    }
}
