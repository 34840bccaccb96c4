using System.Globalization;

namespace Tendero.Reports;

/// <summary>Every word a report prints, in Spanish and English (the business's <c>language</c>), and how it writes numbers.</summary>
public sealed record ReportTexts
{
    public required CultureInfo Culture { get; init; }
    public required string Title { get; init; }
    public required string Subtitle { get; init; }
    public required string Headline { get; init; }
    public required string ThisMonth { get; init; }
    public required string PreviousMonth { get; init; }
    public required string Change { get; init; }
    public required string Messages { get; init; }
    public required string Customers { get; init; }
    public required string MedianResponse { get; init; }
    public required string DeliveryRate { get; init; }
    public required string Cost { get; init; }
    public required string MessagesPerDay { get; init; }
    public required string Received { get; init; }
    public required string Sent { get; init; }
    public required string ResponseTimes { get; init; }
    public required string Seconds { get; init; }
    public required string CostByKind { get; init; }
    public required string Models { get; init; }
    public required string MessageCost { get; init; }
    public required string Compute { get; init; }
    public required string Channels { get; init; }
    public required string Channel { get; init; }
    public required string Delivered { get; init; }
    public required string Failed { get; init; }
    public required string ModelTiers { get; init; }
    public required string Tier { get; init; }
    public required string Calls { get; init; }
    public required string Tokens { get; init; }
    public required string TopIntents { get; init; }
    public required string Intent { get; init; }
    public required string Count { get; init; }
    public required string Alerts { get; init; }
    public required string Outcome { get; init; }
    public required string Notices { get; init; }
    public required string LastChannel { get; init; }
    public required string Reservations { get; init; }
    public required string Bookings { get; init; }
    public required string Cancelled { get; init; }
    public required string NoShows { get; init; }
    public required string Seated { get; init; }
    public required string Guests { get; init; }
    public required string None { get; init; }
    public required string Page { get; init; }
    public required IReadOnlyDictionary<string, string> Intents { get; init; }
    public required IReadOnlyDictionary<string, string> Outcomes { get; init; }

    public static ReportTexts For(string language) => language == "en" ? English : Spanish;

    public string IntentName(string intent) => Intents.GetValueOrDefault(intent, intent);

    public string OutcomeName(string outcome) => Outcomes.GetValueOrDefault(outcome, outcome);

    public string MonthName(ReportMonth month) => month.FirstDay.ToString(Culture.Name.StartsWith("es", StringComparison.Ordinal) ? "MMMM 'de' yyyy" : "MMMM yyyy", Culture);

    public static readonly ReportTexts Spanish = new()
    {
        Culture = CultureInfo.GetCultureInfo("es-PA"),
        Title = "Informe mensual", Subtitle = "Hora de {0}", Headline = "El mes en cifras",
        ThisMonth = "Este mes", PreviousMonth = "Mes anterior", Change = "Cambio",
        Messages = "Mensajes", Customers = "Clientes", MedianResponse = "Tiempo de respuesta (mediana)",
        DeliveryRate = "Tasa de entrega", Cost = "Costo",
        MessagesPerDay = "Mensajes por día", Received = "Recibidos", Sent = "Enviados",
        ResponseTimes = "Tiempo de respuesta por día (segundos)", Seconds = "s",
        CostByKind = "Costo por tipo", Models = "Modelos", MessageCost = "Mensajes", Compute = "Cómputo",
        Channels = "Por canal", Channel = "Canal", Delivered = "Entregados", Failed = "Fallidos",
        ModelTiers = "Modelos por nivel", Tier = "Nivel", Calls = "Llamadas", Tokens = "Tokens (entrada / salida)",
        TopIntents = "Lo que más preguntan los clientes", Intent = "Intención", Count = "Cantidad",
        Alerts = "Cómo terminaron las alertas", Outcome = "Resultado", Notices = "Avisos", LastChannel = "Último canal",
        Reservations = "Reservas", Bookings = "Reservas del mes", Cancelled = "Canceladas", NoShows = "No se presentaron",
        Seated = "Atendidas", Guests = "Comensales",
        None = "Nada este mes.", Page = "Página {0} de {1}",
        Intents = new Dictionary<string, string>
        {
            ["reservation.create"] = "Hacer una reserva", ["reservation.change"] = "Cambiar una reserva",
            ["reservation.cancel"] = "Cancelar una reserva", ["info.hours"] = "Horario", ["info.location"] = "Ubicación",
            ["info.menu"] = "Menú", ["order.status"] = "Estado de un pedido", ["complaint"] = "Queja",
            ["human"] = "Hablar con una persona", ["greeting"] = "Saludo", ["thanks"] = "Agradecimiento",
            ["ack"] = "Confirmación", ["other"] = "Otro",
        },
        Outcomes = new Dictionary<string, string>
        {
            ["acked"] = "Confirmada", ["read"] = "Leída", ["replied"] = "Respondida", ["delivered"] = "Entregada",
            ["unanswered"] = "Sin respuesta", ["expired"] = "Vencida", ["cancelled"] = "Cancelada", ["failed"] = "Fallida",
            ["active"] = "En curso",
        },
    };

    public static readonly ReportTexts English = new()
    {
        Culture = CultureInfo.GetCultureInfo("en-US"),
        Title = "Monthly report", Subtitle = "{0} time", Headline = "The month in numbers",
        ThisMonth = "This month", PreviousMonth = "Last month", Change = "Change",
        Messages = "Messages", Customers = "Customers", MedianResponse = "Response time (median)",
        DeliveryRate = "Delivery rate", Cost = "Cost",
        MessagesPerDay = "Messages per day", Received = "Received", Sent = "Sent",
        ResponseTimes = "Response time per day (seconds)", Seconds = "s",
        CostByKind = "Cost by kind", Models = "Models", MessageCost = "Messages", Compute = "Compute",
        Channels = "By channel", Channel = "Channel", Delivered = "Delivered", Failed = "Failed",
        ModelTiers = "Models by tier", Tier = "Tier", Calls = "Calls", Tokens = "Tokens (in / out)",
        TopIntents = "What customers asked about most", Intent = "Intent", Count = "Count",
        Alerts = "How alerts ended", Outcome = "Outcome", Notices = "Notices", LastChannel = "Last channel",
        Reservations = "Reservations", Bookings = "Bookings this month", Cancelled = "Cancelled", NoShows = "No-shows",
        Seated = "Seated", Guests = "Guests",
        None = "Nothing this month.", Page = "Page {0} of {1}",
        Intents = new Dictionary<string, string>
        {
            ["reservation.create"] = "Make a booking", ["reservation.change"] = "Change a booking",
            ["reservation.cancel"] = "Cancel a booking", ["info.hours"] = "Opening hours", ["info.location"] = "Location",
            ["info.menu"] = "Menu", ["order.status"] = "Order status", ["complaint"] = "Complaint",
            ["human"] = "Talk to a person", ["greeting"] = "Greeting", ["thanks"] = "Thanks",
            ["ack"] = "Acknowledgement", ["other"] = "Other",
        },
        Outcomes = new Dictionary<string, string>
        {
            ["acked"] = "Acknowledged", ["read"] = "Read", ["replied"] = "Replied", ["delivered"] = "Delivered",
            ["unanswered"] = "Unanswered", ["expired"] = "Expired", ["cancelled"] = "Cancelled", ["failed"] = "Failed",
            ["active"] = "Still running",
        },
    };
}
