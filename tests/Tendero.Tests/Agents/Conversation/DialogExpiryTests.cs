using Tendero.Agents.Conversation;
using Tendero.Ai;
using static Tendero.Tests.Agents.Conversation.Chat;

namespace Tendero.Tests.Agents.Conversation;

public sealed class DialogExpiryTests
{
    [Fact]
    public void Next_GreetingWithinExpiry_ResumesTheOpenGoal()
    {
        var chat = new Chat();
        chat.Send(Said(Intents.ReservationCreate, date: "2026-11-27", time: "20:00"));

        var reply = chat.Reply(Said(Intents.Greeting), after: TimeSpan.FromHours(2));

        Assert.Equal("¡Hola de nuevo! Seguimos con tu reserva: ¿para cuántas personas?", reply);
        Assert.Equal(DialogGoal.Create, chat.State!.Goal);
    }

    [Fact]
    public void Next_AfterIdleExpiry_DropsTheGoalButKeepsTheLanguage()
    {
        var chat = new Chat();
        chat.Send(Said(Intents.ReservationCreate, "en", "2026-11-27", "20:00"));

        var reply = chat.Reply(Said(Intents.Greeting, language: "fr"), after: TimeSpan.FromHours(2) + TimeSpan.FromSeconds(1));

        Assert.StartsWith("Hi! I'm La Fonda's assistant.", reply);
        Assert.Equal((DialogGoal.None, PendingStep.None, (string?)null), (chat.State!.Goal, chat.State.Pending, chat.State.Slots.Date));
        Assert.Equal("en", chat.State.Language);
    }

    [Fact]
    public void Next_SlotsAfterIdleExpiry_AreNotTakenAsAnAnswer()
    {
        var chat = new Chat();
        chat.Send(Said(Intents.ReservationCreate, date: "2026-11-27"));

        var reply = chat.Reply(Slots(time: "20:00"), after: TimeSpan.FromHours(3));

        Assert.StartsWith("No entendí bien. Puedo ayudarte a reservar mesa", reply);
        Assert.Equal(DialogGoal.None, chat.State!.Goal);
    }

    [Fact]
    public void Next_AfterIdleExpiryInHandoff_StaysInHandoff()
    {
        var chat = new Chat();
        chat.Send(Said(Intents.Human));

        var turn = chat.Send(Said(Intents.Greeting), after: TimeSpan.FromDays(1));

        Assert.Empty(turn.Replies);
        Assert.Equal(DialogMode.Handoff, chat.State!.Mode);
    }

    [Fact]
    public void Next_GreetingWithASavedStateMissingItsPendingStep_AsksTheNextMissingSlot()
    {
        var saved = ConversationState.Start("es", Chat.Start) with
        {
            Goal = DialogGoal.Create,
            Slots = new ReservationSlots { Date = "2026-11-27" },
        };
        var chat = new Chat { State = ConversationState.FromJson(saved.ToJson()) };

        Assert.Equal("¡Hola de nuevo! Seguimos con tu reserva: ¿a qué hora?", chat.Reply(Said(Intents.Greeting)));
    }
}
