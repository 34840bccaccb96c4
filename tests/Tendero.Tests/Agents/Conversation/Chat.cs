using Tendero.Agents.Conversation;
using Tendero.Ai;
using Tendero.Config;

namespace Tendero.Tests.Agents.Conversation;

/// <summary>
/// One customer talking to the dialog, a minute between messages by default. The state goes through JSON between
/// turns, as the runtime stores it, so every flow also checks the round trip.
/// </summary>
internal sealed class Chat(DialogContext? context = null)
{
    /// <summary>Thursday 26 November 2026, early afternoon in Panamá; "2026-11-27" is the Friday after.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 26, 13, 0, 0, TimeSpan.FromHours(-5));

    public static readonly AssistantConfig Assistant = new()
    {
        Hours = new Dictionary<string, string> { ["es"] = "martes a domingo, 12:00–23:00", ["en"] = "Tuesday to Sunday, 12:00–23:00" },
        Location = new Dictionary<string, string> { ["es"] = "Calle 50, frente al parque" },
        IdleExpiry = TimeSpan.FromHours(2),
    };

    public static DialogContext Context(AssistantConfig? assistant = null) => new("La Fonda", "es", assistant ?? Assistant);

    public DialogContext Ctx { get; } = context ?? Context();
    public ConversationState? State { get; set; }
    public DateTimeOffset Clock { get; private set; } = Start;

    public DialogTurn Send(Understanding u, TimeSpan? after = null)
    {
        Clock += after ?? TimeSpan.FromMinutes(1);
        var turn = Dialog.Next(State, u, Clock, Ctx);
        State = ConversationState.FromJson(turn.State.ToJson());
        return turn;
    }

    /// <summary>Sends and returns the only reply.</summary>
    public string Reply(Understanding u, TimeSpan? after = null) => Assert.Single(Send(u, after).Replies);

    public static Understanding Said(string intent, string language = "es", string? date = null, string? time = null,
        int? people = null, string? name = null, double confidence = 0.9, params string[] dietary) => new()
    {
        Intent = intent,
        Language = language,
        Confidence = confidence,
        Slots = new Slots { Date = date, Time = time, PartySize = people, Name = name, Dietary = dietary },
    };

    public static Understanding Slots(string language = "es", string? date = null, string? time = null, int? people = null,
        string? name = null) => Said(Intents.Other, language, date, time, people, name);
}
