using System.Globalization;
using System.Text;

namespace Tendero.Solutions.Reservations;

/// <summary>The short texts the reservation desk sends: to a guest answering a reminder, and to staff.</summary>
public static class DeskReplies
{
    public static string Cancelled(string language, Reservation r) => language == "en"
        ? $"Done: your table today at {r.Time:HH\\:mm} is cancelled. We hope to see you soon!"
        : $"Listo: cancelamos tu mesa de hoy a las {r.Time:HH\\:mm}. ¡Esperamos verte pronto!";

    public static string Confirmed(string language, Reservation r) => language == "en"
        ? $"Thank you! See you today at {r.Time:HH\\:mm}."
        : $"¡Gracias! Te esperamos hoy a las {r.Time:HH\\:mm}.";

    public static string NotFound(string language) => language == "en"
        ? "We could not find that booking any more. Write to us if you need anything."
        : "Ya no encontramos esa reserva. Escríbenos si necesitas algo.";

    public static string AlreadyClosed(string language, Reservation r) => language == "en"
        ? $"That booking is already {Status("en", r.Status)}."
        : $"Esa reserva ya está {Status("es", r.Status)}.";

    /// <summary>The day's bookings, numbered for /sentado N: time, name, party, status and notes, one per line.</summary>
    public static string List(string language, DateOnly day, IReadOnlyList<Reservation> bookings)
    {
        var english = language == "en";
        var heading = english ? $"Bookings {day:dd/MM}" : $"Reservas {day:dd/MM}";
        if (bookings.Count == 0)
        {
            return heading + (english ? ": none." : ": ninguna.");
        }
        var covers = bookings.Where(b => b.HoldsSeats).Sum(b => b.PartySize);
        var text = new StringBuilder(heading).Append(english ? $" ({covers} covers)" : $" ({covers} cubiertos)").Append('\n');
        for (var i = 0; i < bookings.Count; i++)
        {
            var b = bookings[i];
            text.Append(CultureInfo.InvariantCulture, $"{i + 1}. {b.Time:HH\\:mm} {b.Name} ×{b.PartySize} {Status(language, b.Status)}");
            if (!string.IsNullOrWhiteSpace(b.Notes))
            {
                text.Append(" — ").Append(b.Notes.Trim());
            }
            text.Append('\n');
        }
        return text.Append(english ? "/seated N or /noshow N" : "/sentado N o /noshow N").ToString();
    }

    public static string Marked(string language, Reservation r) => language == "en"
        ? $"✅ {r.Name} ({r.PartySize}, {r.Time:HH\\:mm}): {Status("en", r.Status)}."
        : $"✅ {r.Name} ({r.PartySize}, {r.Time:HH\\:mm}): {Status("es", r.Status)}.";

    public static string NoSuchLine(string language, string argument) => language == "en"
        ? $"There is no booking {argument}: send /today (or /tomorrow) and use a line number from it."
        : $"No hay reserva {argument}: envía /hoy (o /mañana) y usa un número de esa lista.";

    public static string Status(string language, string status) => (language, status) switch
    {
        ("en", ReservationStatus.NoShow) => "no-show",
        ("en", _) => status,
        (_, ReservationStatus.Confirmed) => "confirmada",
        (_, ReservationStatus.Cancelled) => "cancelada",
        (_, ReservationStatus.Seated) => "sentada",
        (_, ReservationStatus.NoShow) => "no vino",
        _ => status,
    };
}
