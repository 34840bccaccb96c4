using Tendero.Ai;

namespace Tendero.Agents.Conversation;

/// <summary>
/// The conversation agent's brain: one inbound message (already understood) in, the replies and actions out.
/// Pure: no clock, no I/O; the runtime loads and saves <see cref="ConversationState"/> and sends the replies.
/// </summary>
/// <remarks>
/// Choices where the brief left room:
/// order.status hands off (staff know the orders).
/// Low confidence with no slots asks to rephrase before anything else, even a guessed complaint.
/// With no text to read, a reservation.cancel or a bare "other" at the summary is the "no"; a second cancel drops the draft.
/// An ack or "other" with slots and no open goal gets the help text rather than starting a booking: it is often a late
/// correction to a request already made, and a duplicate booking is worse than a question.
/// A reservation.change while drafting a booking amends the draft; change and cancel hand the booking's day to each other.
/// Expiry keeps the mode, so a handoff waits for <see cref="Release"/> however long it takes.
/// </remarks>
public static class Dialog
{
    /// <summary>Below this, a message with no slots is not acted on: the customer is asked to say it another way.</summary>
    public const double MinConfidence = 0.4;

    /// <param name="text">The customer's words, when known: they pick among offered times ("the first one", "ninguna").</param>
    public static DialogTurn Next(ConversationState? state, Understanding u, DateTimeOffset now, DialogContext ctx, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(u);
        ArgumentNullException.ThrowIfNull(ctx);

        var language = Pick(u.Language) ?? Pick(state?.Language) ?? Pick(ctx.DefaultLanguage) ?? "es";
        var current = Current(state, now, ctx.Assistant.IdleExpiry, language);
        var s = current with { Language = language, LastInboundAt = now, Turns = current.Turns + 1 };
        if (s.Mode == DialogMode.Handoff) return new DialogTurn(s, [], []);

        var r = new Replies(language, ctx.BusinessName);
        var said = SlotMerge.Clean(u.Slots ?? new Slots()); // a model's JSON can say "slots": null
        if (!Hands(u.Intent) && PersonAsk.In(text)) return Handoff(s, r.HandoffHuman, "asked for a person", Intents.Human);
        if (s.Pending == PendingStep.Alternative && Alternatives.Answers(u.Intent, said, text))
            return Alternatives.OnAnswer(s, u.Intent, said, text, r, ctx, now);
        if (Open(s) && PendingAnswer.Read(s.Pending, said, text) is { } answered && !Hands(u.Intent))
            return Booking.OnAnswer(s, false, answered, r, now, ctx.LiveBook);
        if (s.Pending == PendingStep.Confirmation && SlotMerge.IsEmpty(said) && Alternatives.Declines(text))
            return Booking.OnNo(s, r);
        if (Open(s) && Fills(u.Intent, said, s.Pending, ctx))
            return Booking.OnAnswer(s, false, said, r, now, ctx.LiveBook); // "la de mañana" read as a menu question is still the day asked for
        if (u.Confidence < MinConfidence && SlotMerge.IsEmpty(said)) return DialogTurn.Say(s, r.Rephrase);

        return u.Intent switch
        {
            Intents.Complaint => Handoff(s, r.HandoffComplaint, "complaint", u.Intent),
            Intents.Human => Handoff(s, r.HandoffHuman, "asked for a person", u.Intent),
            Intents.OrderStatus => Handoff(s, r.HandoffOrder, "order status", u.Intent),
            Intents.ReservationCreate => Booking.OnIntent(s, DialogGoal.Create, said, r, now, ctx.LiveBook),
            Intents.ReservationChange => Booking.OnIntent(s, DialogGoal.Change, said, r, now, ctx.LiveBook),
            Intents.ReservationCancel => Booking.OnIntent(s, DialogGoal.Cancel, said, r, now, ctx.LiveBook),
            Intents.InfoHours => Info(s, r.Hours, ctx.Assistant.Hours, ctx, r, now),
            Intents.InfoLocation => Info(s, r.Location, ctx.Assistant.Location, ctx, r, now),
            Intents.InfoMenu when ctx.MenuAnswer is { } answer => Open(s) ? DialogTurn.Say(s, answer, r.Continue(Booking.Question(s, r, now))) : DialogTurn.Say(s, answer),
            Intents.InfoMenu => Info(s, r.Menu, ctx.Assistant.Menu, ctx, r, now),
            Intents.Greeting => DialogTurn.Say(s, Open(s) ? r.Resume(Booking.Question(s, r, now)) : r.Greeting),
            Intents.Thanks when Open(s) => DialogTurn.Say(s, r.Welcome, r.Continue(Booking.Question(s, r, now))),
            Intents.Thanks => DialogTurn.Say(s, r.Thanks),
            _ when ctx.MenuAnswer is { } answer => DialogTurn.Say(s, answer),
            _ when Open(s) => Booking.OnAnswer(s, u.Intent == Intents.Ack, said, r, now, ctx.LiveBook),
            Intents.Ack => DialogTurn.Say(s, r.Ack),
            _ => DialogTurn.Say(s, r.NotUnderstood),
        };
    }

    /// <summary>Staff hand the conversation back: the bot answers again, starting afresh.</summary>
    public static ConversationState Release(ConversationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return Cleared(state) with { Mode = DialogMode.Bot };
    }

    internal static ConversationState Cleared(ConversationState s) =>
        s with { Goal = DialogGoal.None, Slots = new ReservationSlots(), Pending = PendingStep.None, Offers = [] };

    // After IdleExpiry of silence the goal is stale; language and mode (a handoff in progress) carry on.
    private static ConversationState Current(ConversationState? state, DateTimeOffset now, TimeSpan idle, string language) =>
        state is null ? ConversationState.Start(language, now)
        : now - state.LastInboundAt > idle ? Cleared(state)
        : state;

    private static bool Open(ConversationState s) => s.Goal != DialogGoal.None;

    private static bool Hands(string intent) => intent is Intents.Complaint or Intents.Human or Intents.OrderStatus;

    // While a booking is open, "la de mañana" may be heard as a menu question or a greeting; when it carries exactly what
    // was asked, it is the answer. Hours and location keep their meaning: "¿abren el viernes?" is a question.
    private static bool Fills(string intent, Slots said, PendingStep pending, DialogContext ctx) =>
        ctx.MenuAnswer is null && intent is Intents.InfoMenu or Intents.Greeting or Intents.Thanks && pending switch
        {
            PendingStep.Date or PendingStep.BookingDate => said.Date is not null,
            PendingStep.Time => said.Time is not null,
            PendingStep.PartySize => said.PartySize is not null,
            PendingStep.Name => said.Name is not null,
            _ => false,
        };

    private static string? Pick(string? language) => language?.Trim().ToLowerInvariant() switch
    {
        ['e', 's', ..] => "es",
        ['e', 'n', ..] => "en",
        _ => null,
    };

    private static DialogTurn Handoff(ConversationState s, string reply, string reason, string intent) =>
        new(s with { Mode = DialogMode.Handoff }, [reply], [new DialogAction.HandoffRequested(reason, intent)]);

    // The customer's language, then the business's; an open goal is not dropped, its question follows the answer.
    private static DialogTurn Info(ConversationState s, Func<string, string> lead, IReadOnlyDictionary<string, string> texts,
        DialogContext ctx, Replies r, DateTimeOffset now)
    {
        var text = Text(texts, s.Language) ?? Text(texts, Pick(ctx.DefaultLanguage) ?? ctx.DefaultLanguage);
        var answer = text is null ? r.NoInfo : lead(text);
        return Open(s) ? DialogTurn.Say(s, answer, r.Continue(Booking.Question(s, r, now))) : DialogTurn.Say(s, answer);
    }

    private static string? Text(IReadOnlyDictionary<string, string> texts, string language) =>
        texts.TryGetValue(language, out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
}
