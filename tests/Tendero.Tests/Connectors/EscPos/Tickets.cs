using Tendero.Connectors.EscPos;

namespace Tendero.Tests.Connectors.EscPos;

/// <summary>Tickets the tests print.</summary>
internal static class Tickets
{
    public static readonly DateTimeOffset At = new(2026, 11, 26, 20, 15, 0, TimeSpan.FromHours(-5));

    public static KitchenTicket Sample(params string[] allergies) => new(
        "Cocina", "4", "Ana Núñez", At,
        [
            new TicketItem(2, "Sancocho de gallina con arroz blanco, aguacate y patacones de la casa", "sin cilantro, el ají aparte por favor"),
            new TicketItem(10, "Empanadas", null),
            new TicketItem(1, "Ñame frito", "bien dorado"),
        ],
        allergies, "Mesero: Luis — ¡gracias!", null);

    public const string Json = """
        {
          "title": "Cocina",
          "table": "4",
          "customer": "Ana Núñez",
          "time": "2026-11-26T20:15:00-05:00",
          "items": [
            { "quantity": 2, "name": "Sancocho", "notes": "sin cilantro" },
            { "quantity": 1, "name": "Ñame frito" }
          ],
          "allergies": ["maní", "gluten"],
          "footer": "Mesero: Luis",
          "width": 32
        }
        """;
}
