namespace Tendero.Simulator.Customers;

/// <summary>
/// What the demo's customers say, with accents, ñ and ¿¡ on purpose so encodings, escaping and SMS segment counting get
/// exercised. Placeholders: {n} party size, {day}, {time}, {name}.
/// </summary>
internal static class CustomerPhrases
{
    public static readonly string[] SpanishNames =
    [
        "Ana Pérez", "José Muñoz", "María José Núñez", "Begoña Ibáñez", "Luis Peña", "Carmen Ortiz",
        "Íñigo Martínez", "Sofía Castañeda", "Andrés Gómez", "Lucía Fernández", "Ramón Nuñez", "Valentina Ríos",
    ];

    public static readonly string[] EnglishNames =
        ["John Smith", "Emily Carter", "Michael O'Brien", "Sarah Johnson", "David Lee", "Olivia Brown"];

    public static readonly string[] SpanishDays = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"];

    public static readonly string[] EnglishDays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static readonly string[] SpanishTimes = ["12:30 p. m.", "1:00 p. m.", "7:00 p. m.", "7:30 p. m.", "8:00 p. m.", "9:15 p. m."];

    public static readonly string[] EnglishTimes = ["12:30 pm", "1 pm", "7 pm", "7:30 pm", "8 pm", "9:15 pm"];

    public static readonly string[] Spanish =
    [
        "Hola, quisiera reservar una mesa para {n} personas el {day} a las {time}.",
        "¿Tienen mesa para {n} esta noche? Llevamos un niño pequeño.",
        "Buenas, soy {name}. ¿Puedo cambiar mi reserva al {day} a las {time}?",
        "Necesito cancelar la reserva de mañana, lo siento mucho.",
        "¿A qué hora abren mañana?",
        "¿Están abiertos el {day}? ¿Hasta qué hora sirven en la cocina?",
        "¿Tienen opciones sin gluten o veganas?",
        "¿Hacen envíos a Panamá Pacífico?",
        "¿Aceptan pago con tarjeta o Yappy?",
        "¡Muchas gracias! Todo estuvo riquísimo 😊",
        "Gracias por la atención, el señor de la barra fue muy amable.",
        "El pedido llegó frío y tardó más de una hora.",
        "Me cobraron dos veces la misma cuenta, ¿pueden revisarlo?",
        "Pedí la paella sin mariscos y vino con camarones. Qué decepción.",
        "¿El año que viene siguen con el menú del día? Me encantó el ñame.",
    ];

    public static readonly string[] English =
    [
        "Hi, can I book a table for {n} on {day} at {time}?",
        "Do you have room for {n} tonight? We'd like a table outside.",
        "Hello, this is {name}. Could I move my reservation to {day} at {time}?",
        "What time do you open tomorrow?",
        "Are you open on {day}? Until when is the kitchen open?",
        "Do you have gluten-free or vegan options?",
        "Do you deliver to Costa del Este?",
        "Thanks a lot, the food was amazing!",
        "My order arrived cold and an hour late.",
        "I was charged twice for the same bill, can you check?",
    ];
}
