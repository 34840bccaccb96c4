namespace Tendero.Agents.Conversation;

/// <summary>
/// Every text the bot says, Spanish next to English so a reviewer reads them as pairs. Any language other than
/// "es" gets English. Times stay 24-hour (20:00) in both languages, as the model gives them.
/// </summary>
internal sealed partial class Replies(string language, string businessName)
{
    private string T(string es, string en) => language == "es" ? es : en;

    public string Ask(PendingStep step) => step switch
    {
        PendingStep.Date => T("¿Para qué día?", "What day would you like?"),
        PendingStep.Time => T("¿A qué hora?", "What time?"),
        PendingStep.PartySize => T("¿Para cuántas personas?", "How many people?"),
        PendingStep.Name => T("¿A nombre de quién?", "What name should I put it under?"),
        PendingStep.BookingDate => T("¿De qué día es tu reserva?", "What day is your booking for?"),
        PendingStep.Change => T("¿Qué quieres cambiar?", "What would you like to change?"),
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "No question for this step."),
    };

    public string CreateSummary(string date, string time, int people, string name, IReadOnlyList<string> dietary) => T(
        $"Mesa para {people} el {date} {(time.StartsWith("01:") ? "a la" : "a las")} {time} a nombre de {name}{Note(", con nota: ", dietary)}. ¿Confirmo? (sí/no)",
        $"Table for {people} on {date} at {time} under the name {name}{Note(", note: ", dietary)}. Shall I confirm? (yes/no)");

    public string ChangeSummary(string bookingDate, IEnumerable<string> changes) => T(
        $"Cambio de tu reserva del {bookingDate}: {string.Join(", ", changes)}. ¿Confirmo? (sí/no)",
        $"Change to your booking on {bookingDate}: {string.Join(", ", changes)}. Shall I confirm? (yes/no)");

    public string NewDate(string date) => T($"nuevo día {date}", $"new date {date}");
    public string NewTime(string time) => T($"nueva hora {time}", $"new time {time}");
    public string People(int n) => n == 1 ? T("1 persona", "1 person") : T($"{n} personas", $"{n} people");
    public string UnderName(string name) => T($"a nombre de {name}", $"under the name {name}");
    public string Dietary(IReadOnlyList<string> notes) => T("nota: ", "note: ") + string.Join(", ", notes);

    public string CancelSummary(string bookingDate) => T(
        $"Vas a cancelar tu reserva del {bookingDate}. ¿Confirmo? (sí/no)",
        $"You'd like to cancel your booking on {bookingDate}. Shall I confirm? (yes/no)");

    public string Registered(DialogGoal goal) => goal switch
    {
        DialogGoal.Change => T("¡Anotado! He registrado tu solicitud de cambio; te confirmamos en breve.",
            "Done! I've registered your change request; we'll confirm it shortly."),
        DialogGoal.Cancel => T("¡Anotado! He registrado tu solicitud de cancelación; te confirmamos en breve.",
            "Done! I've registered your cancellation request; we'll confirm it shortly."),
        _ => T("¡Anotado! He registrado tu solicitud de reserva; te confirmamos en breve.",
            "Done! I've registered your booking request; we'll confirm it shortly."),
    };

    public string DraftDropped => T("De acuerdo, dejo la reserva sin hacer. Si necesitas algo más, aquí estoy.",
        "OK, I won't make the booking. I'm here if you need anything else.");

    /// <summary>Brings an open goal back after something else: "Seguimos con tu reserva: ¿a qué hora?".</summary>
    public string Continue(string question) => T("Seguimos con tu reserva: ", "Let's carry on with your booking: ") + LowerFirst(question);

    public string Resume(string question) => T("¡Hola de nuevo! ", "Hi again! ") + Continue(question);

    public string Greeting => T(
        $"¡Hola! Soy el asistente de {businessName}. Puedo ayudarte a reservar mesa, cambiar o cancelar una reserva, y contarte el horario, dónde estamos y el menú. ¿En qué te ayudo?",
        $"Hi! I'm {businessName}'s assistant. I can book a table, change or cancel a booking, and tell you our hours, location and menu. How can I help?");

    public string Thanks => T("¡A ti! Si necesitas algo más, aquí estoy.", "You're welcome! I'm here if you need anything else.");
    public string Welcome => T("¡De nada!", "You're welcome!");
    public string Ack => T("¡Perfecto! Si necesitas algo más, aquí estoy.", "Great! I'm here if you need anything else.");

    public string NotUnderstood => T(
        "No entendí bien. Puedo ayudarte a reservar mesa, cambiar o cancelar una reserva, o contarte el horario, dónde estamos y el menú. Si prefieres hablar con una persona, dímelo.",
        "Sorry, I didn't quite get that. I can book a table, change or cancel a booking, or tell you our hours, location and menu. If you'd rather talk to a person, just say so.");

    public string NotUnderstoodAgain(string question) => T("No entendí bien. ", "Sorry, I didn't quite get that. ") + question;

    public string Rephrase => T("No estoy seguro de haberte entendido. ¿Me lo puedes decir de otra forma?",
        "I'm not sure I understood. Could you say it another way?");

    public string Hours(string text) => T("Horario: ", "Opening hours: ") + text;
    public string Location(string text) => T("Dónde estamos: ", "Where to find us: ") + text;
    public string Menu(string text) => T("Menú: ", "Menu: ") + text;
    public string NoInfo => T("Lo siento, no tengo esa información. Si quieres, te comunico con una persona del equipo.",
        "Sorry, I don't have that information. If you like, I can put you through to someone from the team.");

    public string HandoffComplaint => T(
        "Lamento mucho lo ocurrido. Te comunico con una persona del equipo, que te responderá en breve.",
        "I'm very sorry about that. I'm putting you through to someone from the team, who will reply shortly.");
    public string HandoffHuman => T("Claro. Te comunico con una persona del equipo, que te responderá en breve.",
        "Of course. I'm putting you through to someone from the team, who will reply shortly.");
    public string HandoffOrder => T(
        "El estado de los pedidos lo revisa el equipo. Te comunico con una persona, que te responderá en breve.",
        "Our team checks on orders. I'm putting you through to someone, who will reply shortly.");

    private static string Note(string lead, IReadOnlyList<string> dietary) =>
        dietary.Count == 0 ? "" : lead + string.Join(", ", dietary);

    // "¿Para cuántas personas?" reads "¿para cuántas personas?" after a colon.
    private static string LowerFirst(string text)
    {
        var i = text.TakeWhile(c => !char.IsLetter(c)).Count();
        return i < text.Length ? text[..i] + char.ToLowerInvariant(text[i]) + text[(i + 1)..] : text;
    }
}
