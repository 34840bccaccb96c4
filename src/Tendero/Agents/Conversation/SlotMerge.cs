using System.Globalization;
using Tendero.Ai;

namespace Tendero.Agents.Conversation;

/// <summary>Checks the slots a message carries and folds them into the ones collected so far.</summary>
internal static class SlotMerge
{
    /// <summary>The message's slots with anything unusable dropped (a bad date, "25:00", zero people, a blank name),
    /// so a model slip asks the question again instead of landing in a booking.</summary>
    public static Slots Clean(Slots said) => new()
    {
        Date = DateOnly.TryParseExact(said.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null,
        Time = TimeOnly.TryParseExact(said.Time, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t.ToString("HH:mm", CultureInfo.InvariantCulture)
            : null,
        PartySize = said.PartySize is > 0 ? said.PartySize : null,
        Name = string.IsNullOrWhiteSpace(said.Name) ? null : said.Name.Trim(),
        Dietary = (said.Dietary ?? []).Where(x => !string.IsNullOrWhiteSpace(x)).Select(x => x.Trim()).Distinct().ToList(),
    };

    public static bool IsEmpty(Slots s) =>
        s.Date is null && s.Time is null && s.PartySize is null && s.Name is null && s.Dietary.Count == 0;

    /// <summary>
    /// A value said now replaces the one said before ("mejor a las 9"); dietary notes add up. For a change, the first
    /// date heard is the day of the existing booking and any later one the new day; a cancel only needs that day.
    /// </summary>
    public static ReservationSlots Merge(DialogGoal goal, ReservationSlots current, Slots said)
    {
        if (goal == DialogGoal.Cancel)
            return current with { BookingDate = said.Date ?? current.BookingDate };

        var datesTheBooking = goal == DialogGoal.Change && current.BookingDate is null;
        return current with
        {
            BookingDate = datesTheBooking ? said.Date : current.BookingDate,
            Date = datesTheBooking ? current.Date : said.Date ?? current.Date,
            Time = said.Time ?? current.Time,
            PartySize = said.PartySize ?? current.PartySize,
            Name = said.Name ?? current.Name,
            Dietary = current.Dietary.Concat(said.Dietary).Distinct().ToList(),
        };
    }

    /// <summary>The next thing to ask for, in the order a person would ask; <see cref="PendingStep.Confirmation"/> when complete.</summary>
    public static PendingStep Missing(DialogGoal goal, ReservationSlots s) => goal switch
    {
        DialogGoal.Create when s.Date is null => PendingStep.Date,
        DialogGoal.Create when s.Time is null => PendingStep.Time,
        DialogGoal.Create when s.PartySize is null => PendingStep.PartySize,
        DialogGoal.Create when s.Name is null => PendingStep.Name,
        DialogGoal.Change or DialogGoal.Cancel when s.BookingDate is null => PendingStep.BookingDate,
        DialogGoal.Change when !HasNewValues(s) => PendingStep.Change,
        DialogGoal.None => PendingStep.None,
        _ => PendingStep.Confirmation,
    };

    private static bool HasNewValues(ReservationSlots s) =>
        s.Date is not null || s.Time is not null || s.PartySize is not null || s.Name is not null || s.Dietary.Count > 0;
}
