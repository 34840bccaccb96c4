using System.Globalization;
using Tendero.Simulator;

namespace Tendero.Cli.Demo.Evening;

/// <summary>
/// The demo's day at La Fonda: about 300 customer messages in Spanish and English over WhatsApp, Telegram and SMS,
/// between 10:00 and 21:00. Bookings for lunch and dinner over several messages and in one, a rush on 20:00 that fills
/// the slot (those guests take the first alternative offered, as does anyone else refused), changes, cancellations,
/// allergies, a large party, menu and hours questions, thanks, and complaints that go to a person. The same seed always
/// gives the same evening.
/// </summary>
internal static class EveningScript
{
    private static readonly string[] SpanishNames =
        ["Ana Pérez", "José Muñoz", "María José Núñez", "Begoña Ibáñez", "Luis Peña", "Carmen Ortiz", "Íñigo Martínez",
         "Sofía Castañeda", "Andrés Gómez", "Lucía Fernández", "Ramón Núñez", "Valentina Ríos", "Tomás Herrera", "Elena Vargas"];

    private static readonly string[] EnglishNames =
        ["John Smith", "Emily Carter", "Michael O'Brien", "Sarah Johnson", "David Lee", "Olivia Brown", "Daniel Wright", "Grace Hall"];

    private static readonly string[] Lunch = ["12:00", "12:30", "13:00", "13:30", "14:00"];
    private static readonly string[] Dinner = ["19:00", "19:30", "20:00", "20:30", "21:00"];

    private static TimeSpan Minutes(double m) => TimeSpan.FromMinutes(m);

    /// <summary>How many conversations of each kind the day holds (about 300 messages in all, with the alternatives taken).</summary>
    private static readonly (string Kind, int Count)[] Mix =
    [
        ("booking, several messages", 14), ("booking, one message", 10), ("slot full: takes an alternative", 8),
        ("asks, then books", 6), ("booking with an allergy", 5), ("large party", 2), ("booking, then a change", 4),
        ("booking, then a cancel", 4), ("allergy question", 16), ("menu question, then thanks", 14), ("hours or location", 24),
        ("complaint", 3), ("thanks", 16),
    ];

    private static bool Books(string kind) => kind.StartsWith("booking", StringComparison.Ordinal) || kind is "asks, then books" or "large party";

    public static IReadOnlyList<EveningConversation> Make(SimulatorOptions options, int seed = 2026)
    {
        var random = new Random(seed);
        var channels = Channels(options);
        var kinds = Mix.SelectMany(m => Enumerable.Repeat(m.Kind, m.Count)).OrderBy(_ => random.Next()).ToList();
        return kinds.Select((kind, i) =>
        {
            var guest = Guest(channels[i % channels.Count], random);
            // The rush on 20:00 comes in the afternoon; other bookings between 10:00 and 17:00 (mostly lunch when asked for
            // before 12:30); questions and thanks all day.
            var start = kind.StartsWith("slot full", StringComparison.Ordinal) ? Minutes(300 + random.Next(180))
                : Books(kind) ? Minutes(random.Next(420))
                : Minutes(random.Next(660));
            var times = start < Minutes(150) && random.Next(5) < 3 ? Lunch : Dinner;
            return new EveningConversation(guest, kind, start, Turns(kind, guest, times, random));
        }).OrderBy(c => c.Start).ToList();
    }

    private static List<(SimProvider Provider, string Account, string? To)> Channels(SimulatorOptions options)
    {
        // WhatsApp carries most of the evening, as it does for a restaurant in Panama.
        var whatsApp = options.WhatsApp.Select(a => (SimProvider.WhatsApp, a.PhoneNumberId, (string?)null)).FirstOrDefault();
        var telegram = options.Telegram.Select(b => (SimProvider.Telegram, b.Token, (string?)null)).FirstOrDefault();
        var sms = options.Twilio.Where(a => a.PhoneNumbers.Count > 0).Select(a => (SimProvider.Twilio, a.AccountSid, (string?)a.PhoneNumbers[0])).FirstOrDefault();
        var all = new[] { whatsApp, whatsApp, whatsApp, telegram, sms }.Where(c => c.Item2 is not null).ToList();
        return all.Count > 0 ? all : throw new ArgumentException("The simulator has no WhatsApp, Telegram or SMS account for the evening's guests.", nameof(options));
    }

    private static EveningGuest Guest((SimProvider Provider, string Account, string? To) channel, Random random)
    {
        var mobile = "5076" + string.Concat(Enumerable.Range(0, 7).Select(_ => (char)('0' + random.Next(10))));
        var from = channel.Provider switch
        {
            SimProvider.WhatsApp => mobile,
            SimProvider.Telegram => (100_000_000L + random.Next(900_000_000)).ToString(CultureInfo.InvariantCulture),
            _ => "+" + mobile,
        };
        var spanish = random.NextDouble() < 0.65;
        var names = spanish ? SpanishNames : EnglishNames;
        return new EveningGuest(channel.Provider, channel.Account, from, channel.To, names[random.Next(names.Length)], spanish ? "es" : "en");
    }

    private static IReadOnlyList<EveningTurn> Turns(string kind, EveningGuest guest, string[] times, Random random)
    {
        var es = guest.Language == "es";
        var name = guest.Name;
        var first = name.Split(' ')[0];
        var n = 2 + random.Next(3);
        var at = times[random.Next(times.Length)];
        var time = es ? at : English(at);
        var other = times.Where(t => t != at).ElementAt(random.Next(times.Length - 1));
        var yes = es ? "sí, confirmo" : "yes please";
        EveningTurn Say(string text, double pause = 1) => new(Minutes(pause), text);
        var oneMessage = es
            ? Say($"Hola, quiero reservar mesa para {n} personas hoy a las {time}, a nombre de {name}.", 0)
            : Say($"Hi, a table for {n} today at {time} please, name {name}.", 0);
        return kind switch
        {
            "booking, several messages" => es
                ? [Say("Hola, buenas tardes. Quiero hacer una reserva.", 0), Say("para hoy"), Say($"somos {n}"), Say($"a las {time}"), Say($"a nombre de {name}"), Say(yes)]
                : [Say("Hello! I'd like to book a table.", 0), Say("for today"), Say($"{n} people"), Say($"at {time}"), Say($"under {name}"), Say(yes)],
            "booking, one message" => [oneMessage, Say(yes)],
            "asks, then books" => es
                ? [Say("¿Abren hoy en la noche?", 0), oneMessage with { Pause = Minutes(2) }, Say(yes)]
                : [Say("Are you open tonight?", 0), oneMessage with { Pause = Minutes(2) }, Say(yes)],
            "slot full: takes an alternative" => es
                ? [Say($"Buenas, mesa para {n + 2} hoy a las 20:00 a nombre de {name}, por favor.", 0), Say(yes)]
                : [Say($"Hi, table for {n + 2} tonight at 8 pm, name {name}.", 0), Say(yes)],
            "booking with an allergy" => es
                ? [Say($"Reserva para 4 hoy a las 19:30 a nombre de {name}. Uno de nosotros es celíaco.", 0), Say(yes)]
                : [Say($"Table for 4 tonight at 7:30 pm, name {name}. One of us has a peanut allergy.", 0), Say(yes)],
            "large party" => es
                ? [Say($"Queremos reservar para 10 personas hoy a las 21:00, a nombre de {name}. Es un cumpleaños.", 0), Say(yes)]
                : [Say($"We'd like a table for 10 tonight at 9 pm, name {name}. It's a birthday.", 0), Say(yes)],
            "booking, then a change" => es
                ? [oneMessage, Say(yes), Say($"Perdón, ¿puedo cambiar mi reserva de hoy a las {other}?", 45), Say(yes)]
                : [oneMessage, Say(yes), Say($"Sorry, can I move my booking for today to {English(other)}?", 45), Say(yes)],
            "booking, then a cancel" => es
                ? [oneMessage, Say(yes), Say("Lo siento, necesito cancelar mi reserva de hoy.", 60), Say("sí, cancélala")]
                : [oneMessage, Say(yes), Say("Sorry, I need to cancel my booking for today.", 60), Say("yes, cancel it")],
            "allergy question" => es
                ? [Say(random.Next(2) == 0 ? "Soy alérgica al maní y a los mariscos, ¿qué platos puedo comer?" : "¿Qué platos son sin gluten y sin lácteos?", 0)]
                : [Say(random.Next(2) == 0 ? "I'm allergic to peanuts and shellfish, which dishes are safe for me?" : "Which dishes are gluten-free and dairy-free?", 0)],
            "menu question, then thanks" => es
                ? [Say(random.Next(2) == 0 ? "¿Qué platos no llevan gluten?" : "¿Tienen algo sin lácteos?", 0), Say("¡Gracias!", 2)]
                : [Say(random.Next(2) == 0 ? "Which dishes have no gluten?" : "Do you have anything dairy-free?", 0), Say("Thanks!", 2)],
            "hours or location" => [Say(es ? (random.Next(2) == 0 ? "¿A qué hora abren hoy?" : "¿Dónde están ubicados?") : (random.Next(2) == 0 ? "What time do you open today?" : "Where are you located?"), 0)],
            "complaint" => [Say(es ? $"Soy {first}. Ayer la comida llegó fría y nadie me atendió. Quiero hablar con el encargado." : $"This is {first}. My order yesterday was cold and nobody answered. I want to talk to a manager.", 0)],
            "thanks" => [Say(es ? "¡Muchas gracias por todo! 😊" : "Thanks a lot, everything was great!", 0)],
            _ => throw new InvalidOperationException($"The evening has no script for '{kind}'."),
        };
    }

    /// <summary>"20:30" as an English speaker writes it: "8:30 pm"; "13:00" as "1 pm".</summary>
    private static string English(string time)
    {
        var t = TimeOnly.Parse(time, CultureInfo.InvariantCulture);
        var hour = t.Hour % 12 == 0 ? 12 : t.Hour % 12;
        return (t.Minute == 0 ? $"{hour}" : $"{hour}:{t.Minute:00}") + (t.Hour < 12 ? " am" : " pm");
    }
}
