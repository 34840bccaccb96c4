using Tendero.Agents.Conversation;
using Tendero.Ai;
using static Tendero.Tests.Agents.Conversation.Chat;

namespace Tendero.Tests.Agents.Conversation;

public sealed class DialogLanguageTests
{
    [Fact]
    public void Next_CustomerSwitchesToEnglish_KeepsTheSlotsAndAnswersInEnglish()
    {
        var chat = new Chat();
        chat.Send(Said(Intents.ReservationCreate, date: "2026-11-27"));
        chat.Send(Slots(people: 4));

        Assert.Equal("What name should I put it under?", chat.Reply(Slots("en", time: "20:00")));
        Assert.Equal("en", chat.State!.Language);
        Assert.Equal("Table for 4 on Friday, November 27 at 20:00 under the name Ana. Shall I confirm? (yes/no)",
            chat.Reply(Slots("en", name: "Ana")));
        Assert.Contains("solicitud de reserva", Assert.Single(chat.Send(Said(Intents.Ack)).Replies));
    }

    [Fact]
    public void Next_FirstMessageInAnotherLanguage_UsesTheBusinessLanguage()
    {
        var chat = new Chat();
        Assert.Equal("¿Para qué día?", chat.Reply(Said(Intents.ReservationCreate, "pt")));
        Assert.Equal("es", chat.State!.Language);
    }
}
