namespace Tendero.Solutions.Reservations;

/// <summary>
/// A booking's status as the sheet shows it, in the business's language (Confirmada, Cancelada, Sentada, No vino /
/// Confirmed, Cancelled, Seated, No-show), and read back leniently: any case or accent, either language, a few synonyms.
/// An empty cell is a confirmed booking (staff rarely type it); a word we cannot read is null.
/// </summary>
public static class StatusWords
{
    public static string ToSheet(string status, string language) => (status, language) switch
    {
        (ReservationStatus.Cancelled, "en") => "Cancelled",
        (ReservationStatus.Seated, "en") => "Seated",
        (ReservationStatus.NoShow, "en") => "No-show",
        (_, "en") => "Confirmed",
        (ReservationStatus.Cancelled, _) => "Cancelada",
        (ReservationStatus.Seated, _) => "Sentada",
        (ReservationStatus.NoShow, _) => "No vino",
        _ => "Confirmada",
    };

    public static string? Parse(string? cell)
    {
        var word = SheetText.Fold(SheetText.Clean(cell));
        return word switch
        {
            "" => ReservationStatus.Confirmed,
            _ when word.StartsWith("confirm", StringComparison.Ordinal) || word is "ok" or "si" or "yes" or "reservada" or "booked" => ReservationStatus.Confirmed,
            _ when word.StartsWith("cancel", StringComparison.Ordinal) || word.StartsWith("anulad", StringComparison.Ordinal) => ReservationStatus.Cancelled,
            _ when word.StartsWith("sentad", StringComparison.Ordinal) || word is "seated" or "llego" or "arrived" or "en mesa" => ReservationStatus.Seated,
            _ when word.Replace(" ", "", StringComparison.Ordinal) is "novino" or "noshow" or "nollego" or "novinieron" or "ausente" => ReservationStatus.NoShow,
            _ => null,
        };
    }
}
