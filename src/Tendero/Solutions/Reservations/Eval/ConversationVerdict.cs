using System.Globalization;
using Tendero.Agents.Conversation;

namespace Tendero.Solutions.Reservations.Eval;

/// <summary>Whether a conversation ended in the expected booking state; null when it did, else the reason in a sentence.</summary>
internal static class ConversationVerdict
{
    public static string? Why(CaseExpectation e, IReadOnlyList<Reservation> mine, IReadOnlyList<Reservation> seeded,
        ConversationState? state, IReadOnlyList<string> transcript)
    {
        var held = mine.Where(b => b.HoldsSeats).ToList();
        var untouched = mine.Count == seeded.Count && seeded.All(s => mine.Contains(s));
        var handedOff = state?.Mode == DialogMode.Handoff;
        return e.Outcome switch
        {
            "booked" => held.Count != 1 ? $"expected one booking held, found {held.Count}{Describe(held)}"
                : Differs(e, held[0]) is { } d ? $"booking differs: {d}" : null,
            "cancelled" => held.Count > 0 ? $"expected no booking held, found {held.Count}{Describe(held)}"
                : mine.Any(b => b.Status == ReservationStatus.Cancelled) ? null : "expected a cancelled booking, found none",
            "none" => untouched ? null : $"expected the book unchanged, found{Describe(mine)}",
            "handoff" => !handedOff ? "expected a handoff to staff" : untouched ? null : $"expected the book unchanged, found{Describe(mine)}",
            "menu" => !untouched ? $"expected the book unchanged, found{Describe(mine)}" : Menu(e, transcript),
            _ => $"unknown outcome '{e.Outcome}'",
        };
    }

    private static string? Menu(CaseExpectation e, IReadOnlyList<string> transcript)
    {
        var said = string.Join("\n", transcript.Where(t => t.StartsWith('<')));
        var missing = e.Safe.Where(d => !said.Contains(d, StringComparison.OrdinalIgnoreCase)).ToList();
        var wrong = e.Unsafe.Where(d => said.Contains(d, StringComparison.OrdinalIgnoreCase)).ToList();
        return missing.Count == 0 && wrong.Count == 0 ? null
            : $"menu answer: missing [{string.Join(", ", missing)}], unsafe named [{string.Join(", ", wrong)}]";
    }

    private static string? Differs(CaseExpectation e, Reservation b)
    {
        var diffs = new List<string>();
        if (e.Date is { } d && d != b.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) diffs.Add($"date {b.Date:yyyy-MM-dd} not {d}");
        if (e.Time is { } t && t != b.Time.ToString("HH:mm", CultureInfo.InvariantCulture)) diffs.Add($"time {b.Time:HH\\:mm} not {t}");
        if (e.PartySize is { } n && n != b.PartySize) diffs.Add($"party {b.PartySize} not {n}");
        if (e.Name is { } name && !string.Equals(name, b.Name, StringComparison.OrdinalIgnoreCase)) diffs.Add($"name '{b.Name}' not '{name}'");
        return diffs.Count == 0 ? null : string.Join(", ", diffs);
    }

    private static string Describe(IReadOnlyList<Reservation> list) =>
        list.Count == 0 ? " nothing" : " " + string.Join("; ", list.Select(b => $"{b.Date:yyyy-MM-dd} {b.Time:HH\\:mm} x{b.PartySize} '{b.Name}' {b.Status}"));
}
