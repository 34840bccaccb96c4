using System.Globalization;
using Tendero.Agents.Conversation;

namespace Tendero.Solutions.Reservations;

/// <summary>
/// A confirmed request (create, change, cancel) against the book, and what to tell the customer. A refusal with offers
/// leaves the conversation waiting for a pick (<see cref="PendingStep.Alternative"/>); a change or cancel with no
/// booking on that day asks for the day again. Safe to run twice for one request: a booking the book already holds for
/// this phone, day, time and party is answered again rather than booked again, and a cancelled one is reported cancelled.
/// </summary>
internal static class ReservationDesk
{
    public static async Task<DeskAnswer> HandleAsync(
        IReservationBook book, string business, DeskRequest q, ConversationState state, DateTimeOffset now, CancellationToken ct)
    {
        var r = new Replies(state.Language, "");
        return q.Goal switch
        {
            DialogGoal.Create => await CreateAsync(book, business, q, state, r, now, ct),
            DialogGoal.Change => await ChangeAsync(book, business, q, state, r, now, ct),
            DialogGoal.Cancel => await CancelAsync(book, business, q, state, r, now, ct),
            _ => new DeskAnswer([], null),
        };
    }

    private static async Task<DeskAnswer> CreateAsync(IReservationBook book, string business, DeskRequest q, ConversationState state, Replies r, DateTimeOffset now, CancellationToken ct)
    {
        var s = q.Slots;
        if (Day(s.Date) is not { } date || Time(s.Time) is not { } time || s.PartySize is not { } party || s.Name is null)
            return new DeskAnswer([], null); // the dialog only requests complete drafts
        var held = await book.FindAsync(business, q.Phone, date, ct);
        if (held.FirstOrDefault(b => b.Time == time && b.PartySize == party) is { } again)
            return new DeskAnswer([r.Booked(Say(again.Date, state, now), Hm(again.Time), again.PartySize, again.Name)], null);
        var outcome = await book.BookAsync(business, new BookingRequest
        {
            Date = date, Time = time, PartySize = party, Name = s.Name, Phone = q.Phone, Channel = q.Channel,
            Notes = string.Join(", ", s.Dietary),
        }, ct);
        return outcome.Booked is { } b
            ? new DeskAnswer([r.Booked(Say(b.Date, state, now), Hm(b.Time), b.PartySize, b.Name)], null)
            : Refused(outcome, DialogGoal.Create, s, Hm(time), party, state, r, now);
    }

    private static async Task<DeskAnswer> ChangeAsync(IReservationBook book, string business, DeskRequest q, ConversationState state, Replies r, DateTimeOffset now, CancellationToken ct)
    {
        var s = q.Slots;
        if (Day(s.BookingDate) is not { } day) return new DeskAnswer([], null);
        var found = await book.FindAsync(business, q.Phone, day, ct);
        if (found.Count == 0)
        {
            var target = Day(s.Date) ?? day;
            var moved = (await book.FindAsync(business, q.Phone, target, ct)).FirstOrDefault(b => Matches(b, s));
            return moved is not null
                ? new DeskAnswer([r.Changed(Say(moved.Date, state, now), Hm(moved.Time), moved.PartySize, moved.Name)], null)
                : NotFound(DialogGoal.Change, s, day, state, r, now);
        }
        var current = found[0];
        var notes = s.Dietary.Count == 0 ? null : string.Join(", ", new[] { current.Notes }.Where(n => n.Length > 0).Concat(s.Dietary));
        var outcome = await book.ChangeAsync(business, current.Id, new BookingChange
        {
            Date = Day(s.Date), Time = Time(s.Time), PartySize = s.PartySize, Name = s.Name, Notes = notes,
        }, ct);
        return outcome.Booked is { } b
            ? new DeskAnswer([r.Changed(Say(b.Date, state, now), Hm(b.Time), b.PartySize, b.Name)], null)
            : Refused(outcome, DialogGoal.Change, s, Hm(Time(s.Time) ?? current.Time), s.PartySize ?? current.PartySize, state, r, now);
    }

    private static async Task<DeskAnswer> CancelAsync(IReservationBook book, string business, DeskRequest q, ConversationState state, Replies r, DateTimeOffset now, CancellationToken ct)
    {
        var s = q.Slots;
        if (Day(s.BookingDate) is not { } day) return new DeskAnswer([], null);
        var found = await book.FindAsync(business, q.Phone, day, ct);
        if (found.Count == 0)
        {
            var done = (await book.DayAsync(business, day, ct)).FirstOrDefault(b => b.Phone == q.Phone && b.Status == ReservationStatus.Cancelled);
            return done is not null
                ? new DeskAnswer([r.Cancelled(Say(day, state, now), Hm(done.Time))], null)
                : NotFound(DialogGoal.Cancel, s, day, state, r, now);
        }
        foreach (var booking in found)
        {
            await book.SetStatusAsync(business, booking.Id, ReservationStatus.Cancelled, ct);
        }
        return new DeskAnswer([r.Cancelled(Say(day, state, now), Hm(found[0].Time))], null);
    }

    private static DeskAnswer Refused(BookingOutcome o, DialogGoal goal, ReservationSlots s, string time, int party, ConversationState state, Replies r, DateTimeOffset now)
    {
        var offers = o.Alternatives.Select(a => new OfferedSlot(Iso(a.Date), Hm(a.Time))).ToList();
        var waiting = o.Refusal == BookingRefusal.TooLarge ? null
            : Dialog.Cleared(state) with { Goal = goal, Slots = s, Pending = PendingStep.Alternative, Offers = offers };
        var said = Alternatives.Say(waiting ?? state with { Slots = s, Offers = offers }, now);
        return new DeskAnswer([r.Refused(o.Refusal ?? "", time, party, said)], waiting);
    }

    private static DeskAnswer NotFound(DialogGoal goal, ReservationSlots s, DateOnly day, ConversationState state, Replies r, DateTimeOffset now) =>
        new([r.NotFound(Say(day, state, now))], Dialog.Cleared(state) with { Goal = goal, Slots = s with { BookingDate = null }, Pending = PendingStep.BookingDate });

    private static bool Matches(Reservation b, ReservationSlots s) =>
        (Time(s.Time) is not { } t || b.Time == t) && (s.PartySize is not { } n || b.PartySize == n);

    private static string Say(DateOnly date, ConversationState state, DateTimeOffset now) => DateWords.Say(Iso(date), state.Language, now);
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string Hm(TimeOnly t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);
    private static DateOnly? Day(string? iso) => DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    private static TimeOnly? Time(string? hm) => TimeOnly.TryParseExact(hm, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;
}

/// <summary>A confirmed request as the desk reads it: the goal, the slots, and who asked (the channel's address as the phone).</summary>
internal sealed record DeskRequest(DialogGoal Goal, ReservationSlots Slots, string Phone, string Channel);

/// <summary>What to say, and the conversation's new state when the book's answer needs one (null leaves it as it is).</summary>
internal sealed record DeskAnswer(IReadOnlyList<string> Replies, ConversationState? State);
