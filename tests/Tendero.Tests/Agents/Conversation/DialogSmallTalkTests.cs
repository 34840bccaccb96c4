using Tendero.Agents.Conversation;
using Tendero.Ai;
using static Tendero.Tests.Agents.Conversation.Chat;

namespace Tendero.Tests.Agents.Conversation;

public sealed class DialogSmallTalkTests
{
    [Fact]
    public void Next_Greeting_NamesTheBusinessAndOffersHelp() =>
        Assert.Equal("¡Hola! Soy el asistente de La Fonda. Puedo ayudarte a reservar mesa, cambiar o cancelar una reserva, y contarte el horario, dónde estamos y el menú. ¿En qué te ayudo?",
            new Chat().Reply(Said(Intents.Greeting)));

    [Fact]
    public void Next_ThanksOrAckWithNoGoal_ShortReply()
    {
        Assert.Equal("¡A ti! Si necesitas algo más, aquí estoy.", new Chat().Reply(Said(Intents.Thanks)));
        Assert.Equal("Great! I'm here if you need anything else.", new Chat().Reply(Said(Intents.Ack, "en")));
    }

    [Fact]
    public void Next_ThanksDuringAGoal_KeepsTheGoalGoing()
    {
        var chat = new Chat();
        chat.Send(Said(Intents.ReservationCreate));
        Assert.Equal(["¡De nada!", "Seguimos con tu reserva: ¿para qué día?"], chat.Send(Said(Intents.Thanks)).Replies);
    }

    [Theory]
    [InlineData(Intents.Other)]
    [InlineData("weather.today")]
    public void Next_NothingUsable_SaysWhatTheBotCanDo(string intent)
    {
        var reply = new Chat().Reply(Said(intent));
        Assert.StartsWith("No entendí bien. Puedo ayudarte a reservar mesa", reply);
    }

    [Fact]
    public void Next_SlotsWithNoGoal_DoNotStartABooking()
    {
        var chat = new Chat();
        Assert.StartsWith("No entendí bien.", chat.Reply(Slots(people: 5)));
        Assert.Equal(DialogGoal.None, chat.State!.Goal);
    }

    [Fact]
    public void Next_OtherWithNothingDuringAGoal_RepeatsTheQuestion()
    {
        var chat = new Chat();
        chat.Send(Said(Intents.ReservationCreate, date: "2026-11-27"));
        Assert.Equal("No entendí bien. ¿A qué hora?", chat.Reply(Said(Intents.Other)));
    }

    [Fact]
    public void Next_LowConfidenceWithNoSlots_AsksToRephraseAndKeepsTheState()
    {
        var chat = new Chat();
        chat.Send(Said(Intents.ReservationCreate, date: "2026-11-27", time: "20:00", people: 4, name: "Ana"));

        var turn = chat.Send(Said(Intents.Ack, confidence: 0.3));

        Assert.Empty(turn.Actions);
        Assert.Equal("No estoy seguro de haberte entendido. ¿Me lo puedes decir de otra forma?", Assert.Single(turn.Replies));
        Assert.Equal(PendingStep.Confirmation, chat.State!.Pending);
    }

    [Fact]
    public void Next_LowConfidenceWithSlots_UsesTheSlots()
    {
        var chat = new Chat();
        chat.Send(Said(Intents.ReservationCreate, date: "2026-11-27"));
        Assert.Equal("¿Para cuántas personas?", chat.Reply(Said(Intents.Other, time: "20:00", confidence: 0.2)));
    }
}
