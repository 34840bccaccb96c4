using Tendero.Ai;

namespace Tendero.Agents.Conversation;

/// <summary>The reservation goals: start or continue one, ask for what is missing, summarise, and confirm.</summary>
internal static class Booking
{
    /// <summary>A reservation intent (create, change, cancel), possibly with slots.</summary>
    public static DialogTurn OnIntent(ConversationState s, DialogGoal wanted, Slots said, Replies r, DateTimeOffset now, bool live = false)
    {
        var bare = SlotMerge.IsEmpty(said);
        if (s.Goal == DialogGoal.Create && wanted == DialogGoal.Cancel && bare)
        {
            // Without the text, a "no" at the summary arrives as a cancel: ask what to change. A second one means
            // the customer wants out, so the draft goes.
            if (s.Pending == PendingStep.Change) return Drop(s, r);
            if (s.Pending == PendingStep.Confirmation) return AskChange(s, r);
        }

        if (s.Goal == DialogGoal.Cancel && wanted == DialogGoal.Cancel && bare && s.Pending == PendingStep.Confirmation)
            return Confirm(s, r, live); // "sí, cancélala"

        if (s.Goal == DialogGoal.Create && wanted == DialogGoal.Change)
            return bare ? AskChange(s, r) : Continue(s, said, r, now); // amending the draft, not a stored booking

        // "a las 9 de la noche" while changing a booking reads like a new one to the classifier; it is the change's answer.
        if (s.Goal is DialogGoal.Change or DialogGoal.Cancel && wanted == DialogGoal.Create)
            return Continue(s, said, r, now);

        return Continue(wanted == s.Goal ? s : Start(s, wanted, said), said, r, now);
    }

    /// <summary>An ack or "other" while a goal is open: read as the answer to the pending question.</summary>
    public static DialogTurn OnAnswer(ConversationState s, bool isAck, Slots said, Replies r, DateTimeOffset now, bool live = false)
    {
        if (!SlotMerge.IsEmpty(said)) return Continue(s, said, r, now);
        if (s.Pending == PendingStep.Confirmation) return isAck ? Confirm(s, r, live) : AskChange(s, r);
        return isAck
            ? Continue(s, said, r, now) // "ok" to "what to change?" re-summarises a complete draft
            : DialogTurn.Say(s, r.NotUnderstoodAgain(Question(s, r, now)));
    }

    /// <summary>The question that is waiting for an answer, or the summary when awaiting a yes or no.</summary>
    /// <remarks>The summary is only said when the slots are complete, whatever a saved state claims.</remarks>
    public static string Question(ConversationState s, Replies r, DateTimeOffset now)
    {
        if (s.Pending == PendingStep.Alternative) return r.WhichAlternative(Alternatives.Say(s, now));
        var step = s.Pending is PendingStep.None or PendingStep.Confirmation ? SlotMerge.Missing(s.Goal, s.Slots) : s.Pending;
        return step == PendingStep.Confirmation ? Summary(s.Goal, s.Slots, r, s.Language, now) : r.Ask(step);
    }

    private static DialogTurn Continue(ConversationState s, Slots said, Replies r, DateTimeOffset now)
    {
        var slots = SlotMerge.Merge(s.Goal, s.Slots, said);
        var state = s with { Slots = slots, Pending = SlotMerge.Missing(s.Goal, slots), Offers = [] };
        return DialogTurn.Say(state, Question(state, r, now));
    }

    // Switching between change and cancel keeps the booking's day unless the message names another.
    private static ConversationState Start(ConversationState s, DialogGoal wanted, Slots said)
    {
        var sameBooking = s.Goal is DialogGoal.Change or DialogGoal.Cancel
            && wanted is DialogGoal.Change or DialogGoal.Cancel && said.Date is null;
        var slots = new ReservationSlots { BookingDate = sameBooking ? s.Slots.BookingDate : null };
        return s with { Goal = wanted, Slots = slots, Pending = PendingStep.None };
    }

    // With a live book the reservations agent answers with the book's decision; "registered" would claim too much.
    internal static DialogTurn Confirm(ConversationState s, Replies r, bool live)
    {
        var action = new DialogAction.ReservationRequested(s.Goal, s.Slots);
        return new DialogTurn(Dialog.Cleared(s), live ? [] : [r.Registered(s.Goal)], [action]);
    }

    /// <summary>A plain "no" to the summary: a draft asks what to change; a cancel is dropped and the booking stands.</summary>
    public static DialogTurn OnNo(ConversationState s, Replies r) =>
        s.Goal == DialogGoal.Cancel ? DialogTurn.Say(Dialog.Cleared(s), r.BookingKept) : AskChange(s, r);

    private static DialogTurn AskChange(ConversationState s, Replies r) =>
        DialogTurn.Say(s with { Pending = PendingStep.Change }, r.Ask(PendingStep.Change));

    private static DialogTurn Drop(ConversationState s, Replies r) => DialogTurn.Say(Dialog.Cleared(s), r.DraftDropped);

    private static string Summary(DialogGoal goal, ReservationSlots s, Replies r, string language, DateTimeOffset now)
    {
        string Day(string iso) => DateWords.Say(iso, language, now);
        return goal switch
        {
            DialogGoal.Create => r.CreateSummary(Day(s.Date!), s.Time!, s.PartySize!.Value, s.Name!, s.Dietary),
            DialogGoal.Cancel => r.CancelSummary(Day(s.BookingDate!)),
            DialogGoal.Change => r.ChangeSummary(Day(s.BookingDate!), Changes(s, r, Day)),
            _ => throw new InvalidOperationException("No summary without a goal."),
        };
    }

    private static IEnumerable<string> Changes(ReservationSlots s, Replies r, Func<string, string> day)
    {
        if (s.Date is not null) yield return r.NewDate(day(s.Date));
        if (s.Time is not null) yield return r.NewTime(s.Time);
        if (s.PartySize is { } n) yield return r.People(n);
        if (s.Name is not null) yield return r.UnderName(s.Name);
        if (s.Dietary.Count > 0) yield return r.Dietary(s.Dietary);
    }
}
