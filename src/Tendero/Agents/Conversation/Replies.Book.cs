namespace Tendero.Agents.Conversation;

// What the bot says with the book's answer: a confirmation, a refusal with the times it can offer, and menu answers.
internal sealed partial class Replies
{
    private string A(string time) => time.StartsWith("01:", StringComparison.Ordinal) ? "a la" : "a las";

    public string Booked(string date, string time, int people, string name) => T(
        $"¡Listo! Tu mesa para {People(people)} queda reservada el {date} {A(time)} {time} a nombre de {name}. ¡Te esperamos!",
        $"All set! Your table for {People(people)} is booked on {date} at {time} under the name {name}. See you then!");

    public string Changed(string date, string time, int people, string name) => T(
        $"¡Listo! Tu reserva queda el {date} {A(time)} {time}, para {People(people)} a nombre de {name}.",
        $"Done! Your booking is now on {date} at {time}, for {People(people)} under the name {name}.");

    public string Cancelled(string date, string time) => T(
        $"Listo, cancelé tu reserva del {date} {A(time)} {time}. ¡Esperamos verte pronto!",
        $"Done, I've cancelled your booking on {date} at {time}. Hope to see you soon!");

    public string BookingKept => T("De acuerdo, no cancelo nada: tu reserva sigue en pie.", "OK, I won't cancel anything: your booking stands.");

    public string NotFound(string date) => T(
        $"No encuentro ninguna reserva de este número para el {date}. ¿De qué día es tu reserva?",
        $"I can't find a booking from this number on {date}. What day is your booking for?");

    /// <summary>Why the book said no, and what it can offer instead.</summary>
    public string Refused(string why, string time, int people, IReadOnlyList<string> offers)
    {
        var reason = why switch
        {
            "no_seats" or "kitchen_full" => T($"{Cap(A(time))} {time} está lleno", $"{time} is full"),
            "closed" => T("A esa hora estamos cerrados", "We're closed at that time"),
            "past" => T("Esa hora ya pasó", "That time has already passed"),
            "too_large" => T($"No podemos sentar a {People(people)} a la vez", $"We can't seat {People(people)} at once"),
            _ => T("No pude hacer la reserva", "I couldn't make the booking"),
        };
        return offers.Count switch
        {
            0 when why == "too_large" => reason + T(". Si quieres, te comunico con una persona del equipo.", ". If you like, I can put you through to someone from the team."),
            0 => reason + T(" y no me quedan mesas cerca de esa hora. ¿Quieres probar otra hora u otro día?",
                " and there are no tables left near that time. Would you like to try another time or day?"),
            1 => reason + T($"; tengo {offers[0]}. ¿Te sirve?", $"; I have {offers[0]}. Would that work?"),
            _ => reason + T($"; tenemos {Or(offers, "o")}. ¿Te sirve alguna?", $"; we have {Or(offers, "or")}. Would one of those work?"),
        };
    }

    public string WhichAlternative(IReadOnlyList<string> offers) => offers.Count == 0
        ? T("¿A qué otra hora o día te gustaría?", "What other time or day would you like?")
        : T($"¿Cuál te sirve: {Or(offers, "o")}? (o dime «ninguna»)", $"Which works for you: {Or(offers, "or")}? (or say \"none\")");

    public string NoAlternative => T("De acuerdo, no hago la reserva. Si quieres otra hora u otro día, dímelo.",
        "OK, I won't book it. If you'd like another time or day, just tell me.");

    public string MenuSafe(IReadOnlyList<string> needs, IReadOnlyList<string> dishes) => T(
        $"Según nuestro menú, para {string.Join(", ", needs)} puedes pedir: {string.Join(", ", dishes)}. Por favor, avísale al mesero al llegar.",
        $"From our menu, these suit {string.Join(", ", needs)}: {string.Join(", ", dishes)}. Please tell your server when you arrive.");

    public string MenuNone(IReadOnlyList<string> needs) => T(
        $"Lo siento: según nuestro menú ningún plato es apto para {string.Join(", ", needs)}. Si quieres, te comunico con una persona del equipo.",
        $"Sorry: from our menu, no dish suits {string.Join(", ", needs)}. If you like, I can put you through to someone from the team.");

    private static string Or(IReadOnlyList<string> items, string or) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + $" {or} " + items[^1];

    private static string Cap(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
