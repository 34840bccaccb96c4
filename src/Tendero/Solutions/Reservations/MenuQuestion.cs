using System.Text.RegularExpressions;
using Tendero.Ai;
using Tendero.Ai.Offline;

namespace Tendero.Solutions.Reservations;

/// <summary>
/// Whether a message asks which dishes suit a dietary need ("soy celíaco, ¿qué puedo comer?", "nut allergy, what's
/// safe?"), as opposed to a need said while booking ("mesa para 4, uno es vegano"), which goes into the booking's notes.
/// </summary>
internal static partial class MenuQuestion
{
    public static bool Is(Understanding u, string text) =>
        u.Slots?.Dietary is { Count: > 0 } && MenuSafety.Understands(u.Slots.Dietary) && u.Intent switch
        {
            Intents.InfoMenu => true,
            Intents.ReservationCreate or Intents.ReservationChange or Intents.ReservationCancel => false,
            Intents.Complaint or Intents.Human or Intents.OrderStatus => false,
            _ => Asks().IsMatch(TextNormalizer.Normalize(text)),
        };

    [GeneratedRegex(@"\b(?:que puedo|que podemos|que puede|puedo comer|que me recomienda\w*|que hay|que tienen|tienen algo|hay algo|opciones|platos?|apto|aptos|seguro|seguros|what can|what s safe|whats safe|is safe|anything safe|safe|options|dishes|do you have|what do you have|recommend)\b")]
    private static partial Regex Asks();
}
