using System.Text.RegularExpressions;

namespace Tendero.Ai.Understand;

/// <summary>
/// How many separate constraints a request carries, from cheap signals (the offline reading and a few words), so the
/// router can send the hard ones straight to the smart tier: dietary needs across several dishes, two or more dietary
/// needs at once, or a change or cancellation together with a complaint.
/// </summary>
public static partial class ConstraintCount
{
    [GeneratedRegex(@"\b(platos?|dishes|menu items|men[uú]|carta|entradas?|postres?|starters?|desserts?|mains?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Dishes();

    [GeneratedRegex(@"\b(queja|reclamo|molest[oa]s?|p[eé]sim[oa]|terrible|horrible|decepci[oó]n|decepcionad[oa]|mal servicio|complain\w*|disappointed|awful|rude|grosero)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Complaint();

    [GeneratedRegex(@"\b(cambiar|cambio|mover|pasar|cancelar|anular|change|move|reschedule|cancel)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeOrCancel();

    public static int Of(string text, Understanding offline)
    {
        var dietary = offline.Slots.Dietary.Count;
        var count = dietary;
        if (dietary >= 1 && Dishes().IsMatch(text))
        {
            count++;
        }
        var complains = offline.Intent == Intents.Complaint || Complaint().IsMatch(text);
        var changes = offline.Intent is Intents.ReservationChange or Intents.ReservationCancel || ChangeOrCancel().IsMatch(text);
        if (complains && changes)
        {
            count = Math.Max(count, 2);
        }
        return count;
    }
}
