using System.Text.RegularExpressions;
using Tendero.Ai;
using Tendero.Ai.Offline;

namespace Tendero.Agents.Conversation;

/// <summary>
/// The book refused a time and offered others: the customer picks one ("la de las 21:00", "sí, 9pm", "the first one"),
/// names another time (asked for at once), or declines ("ninguna"). A pick is requested straight away: everything else
/// was confirmed already.
/// </summary>
internal static partial class Alternatives
{
    /// <summary>Whether a message is read as the answer to "which of these times?"; questions, greetings and handoffs go their usual way.</summary>
    /// <remarks>The classifier was not trained on "la primera" or "la de las 21:00" (it hears a complaint or a menu
    /// question), so a position, a time or a refusal in the text makes it an answer whatever the intent; a request for a person never is.</remarks>
    public static bool Answers(string intent, Slots said, string? text) => intent switch
    {
        Intents.Human or Intents.OrderStatus => false,
        Intents.ReservationCreate or Intents.ReservationChange or Intents.ReservationCancel or Intents.Ack or Intents.Other => true,
        Intents.Complaint => Ordinal(text) is not null || said.Time is not null,
        _ => said.Time is not null || Ordinal(text) is not null || Declines(text),
    };

    public static DialogTurn OnAnswer(ConversationState s, string intent, Slots said, string? text, Replies r, DialogContext ctx, DateTimeOffset now)
    {
        var offers = s.Offers;
        if (Ordinal(text) is { } i && offers.Count > 0)
            return Take(s, offers[i < 0 ? offers.Count + i : Math.Min(i, offers.Count - 1)], r, ctx);
        if (said.Time is { } time && Matching(offers, time, said.Date) is { } picked)
            return Take(s, picked, r, ctx);
        if (said.Time is not null || said.Date is not null)
            return Take(s, new OfferedSlot(said.Date ?? s.Slots.Date ?? (offers.Count > 0 ? offers[0].Date : ""), said.Time ?? s.Slots.Time ?? ""), r, ctx);
        if (Declines(text) || intent == Intents.ReservationCancel)
            return DialogTurn.Say(Dialog.Cleared(s), r.NoAlternative);
        if (intent == Intents.Ack && offers.Count == 1)
            return Take(s, offers[0], r, ctx);
        return DialogTurn.Say(s, r.WhichAlternative(Say(s, now)));
    }

    /// <summary>The offers as said to the customer: the time alone on the day asked for, else the day too.</summary>
    public static IReadOnlyList<string> Say(ConversationState s, DateTimeOffset now) =>
        [.. s.Offers.Select(o => o.Date == (s.Slots.Date ?? s.Slots.BookingDate) ? o.Time : $"{DateWords.Say(o.Date, s.Language, now)} {o.Time}")];

    // A pick carries the goal on: a new booking at the offered time, or the change moved to it.
    private static DialogTurn Take(ConversationState s, OfferedSlot offer, Replies r, DialogContext ctx)
    {
        if (offer.Date.Length == 0 || offer.Time.Length == 0) return DialogTurn.Say(s, r.NoAlternative);
        var slots = s.Slots with { Date = offer.Date, Time = offer.Time };
        return Booking.Confirm(s with { Slots = slots }, r, ctx.LiveBook);
    }

    // "9" or "9 am" for 21:00: at a restaurant's evening an hour under 12 means pm, as a person would hear it.
    private static OfferedSlot? Matching(IReadOnlyList<OfferedSlot> offers, string time, string? date)
    {
        var candidates = offers.Where(o => date is null || o.Date == date).ToList();
        return candidates.FirstOrDefault(o => o.Time == time)
            ?? (TimeOnly.TryParse(time, System.Globalization.CultureInfo.InvariantCulture, out var t) && t.Hour < 12
                ? candidates.FirstOrDefault(o => o.Time == t.AddHours(12).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture))
                : null);
    }

    /// <summary>0 for the first offer, 1 for the second, -1 for the last; null when the text names no position.</summary>
    internal static int? Ordinal(string? text)
    {
        if (text is null) return null;
        var t = TextNormalizer.Normalize(text);
        return First().IsMatch(t) ? 0 : Second().IsMatch(t) ? 1 : Last().IsMatch(t) ? -1 : null;
    }

    internal static bool Declines(string? text) => text is not null && Decline().IsMatch(TextNormalizer.Normalize(text));

    [GeneratedRegex(@"\b(?:la primera|el primero|primera|primer|1ra|first|1st|the earlier|earlier one|la mas temprano|mas temprano|earliest)\b")]
    private static partial Regex First();

    [GeneratedRegex(@"\b(?:la segunda|segunda|segundo|2da|second|2nd|the later|later one|la mas tarde|mas tarde)\b")]
    private static partial Regex Second();

    [GeneratedRegex(@"\b(?:la ultima|ultima|last one|the last|latest)\b")]
    private static partial Regex Last();

    [GeneratedRegex(@"^(?:no|nah|nope)\b|\b(?:ninguna|ninguno|ningun|none|neither|no thanks|no thank you|no gracias|mejor no|olvidalo|forget it|no me sirve|no nos sirve|no sirve|doesn t work|don t work|no work|no importa)\b")]
    private static partial Regex Decline();
}
