using Tendero.Agents.Conversation;
using Tendero.Ai;
using static Tendero.Tests.Agents.Conversation.Chat;

namespace Tendero.Tests.Agents.Conversation;

public sealed class DialogHandoffTests
{
    [Theory]
    [InlineData(Intents.Complaint, "complaint", "Lamento mucho lo ocurrido. Te comunico con una persona del equipo")]
    [InlineData(Intents.Human, "asked for a person", "Claro. Te comunico con una persona del equipo")]
    [InlineData(Intents.OrderStatus, "order status", "El estado de los pedidos lo revisa el equipo. Te comunico con una persona")]
    public void Next_ComplaintHumanOrOrderStatus_HandsOff(string intent, string reason, string replyStart)
    {
        var chat = new Chat();

        var turn = chat.Send(Said(intent));

        Assert.StartsWith(replyStart, Assert.Single(turn.Replies));
        Assert.Equal(new DialogAction.HandoffRequested(reason, intent), Assert.Single(turn.Actions));
        Assert.Equal(DialogMode.Handoff, chat.State!.Mode);
    }

    [Fact]
    public void Next_InHandoff_StaysQuietButRecordsTheMessage()
    {
        var chat = new Chat();
        chat.Send(Said(Intents.ReservationCreate, date: "2026-11-27"));
        chat.Send(Said(Intents.Complaint));

        var turn = chat.Send(Said(Intents.ReservationCreate, "en", time: "20:00"), after: TimeSpan.FromMinutes(5));

        Assert.Empty(turn.Replies);
        Assert.Empty(turn.Actions);
        Assert.Equal(Chat.Start.AddMinutes(7), chat.State!.LastInboundAt);
        Assert.Equal(3, chat.State.Turns);
        Assert.Null(chat.State.Slots.Time);
    }

    [Fact]
    public void Release_AfterHandoff_BotAnswersAgainFromScratch()
    {
        var chat = new Chat();
        chat.Send(Said(Intents.ReservationCreate, date: "2026-11-27"));
        chat.Send(Said(Intents.Human));

        chat.State = Dialog.Release(chat.State!);

        Assert.Equal((DialogMode.Bot, DialogGoal.None, PendingStep.None), (chat.State.Mode, chat.State.Goal, chat.State.Pending));
        Assert.StartsWith("¡Hola! Soy el asistente", chat.Reply(Said(Intents.Greeting)));
    }
}
