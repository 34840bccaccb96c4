using Tendero.Agents.Conversation;
using Tendero.Ai;
using Tendero.Config;
using static Tendero.Tests.Agents.Conversation.Chat;

namespace Tendero.Tests.Agents.Conversation;

public sealed class DialogInfoTests
{
    [Fact]
    public void Next_HoursInEachLanguage_AnswersFromTheConfig()
    {
        Assert.Equal("Horario: martes a domingo, 12:00–23:00", new Chat().Reply(Said(Intents.InfoHours)));
        Assert.Equal("Opening hours: Tuesday to Sunday, 12:00–23:00", new Chat().Reply(Said(Intents.InfoHours, "en")));
    }

    [Fact]
    public void Next_NoTextInTheCustomersLanguage_FallsBackToTheBusinessLanguage() =>
        Assert.Equal("Where to find us: Calle 50, frente al parque", new Chat().Reply(Said(Intents.InfoLocation, "en")));

    [Fact]
    public void Next_NoTextAtAll_SaysItDoesNotHaveIt() =>
        Assert.Equal("Sorry, I don't have that information. If you like, I can put you through to someone from the team.",
            new Chat().Reply(Said(Intents.InfoMenu, "en")));

    [Fact]
    public void Next_MenuConfigured_Answers()
    {
        var chat = new Chat(Context(new AssistantConfig { Menu = new Dictionary<string, string> { ["es"] = "lafonda.pa/menu" } }));
        Assert.Equal("Menú: lafonda.pa/menu", chat.Reply(Said(Intents.InfoMenu)));
    }

    [Fact]
    public void Next_InfoDuringAnOpenGoal_AnswersAndAsksThePendingQuestionAgain()
    {
        var chat = new Chat();
        chat.Send(Said(Intents.ReservationCreate, date: "2026-11-27"));

        var turn = chat.Send(Said(Intents.InfoHours, date: "2026-11-27"));

        Assert.Equal(["Horario: martes a domingo, 12:00–23:00", "Seguimos con tu reserva: ¿a qué hora?"], turn.Replies);
        Assert.Equal((DialogGoal.Create, PendingStep.Time), (chat.State!.Goal, chat.State.Pending));
    }
}
