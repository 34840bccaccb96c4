namespace Tendero.Connectors.EscPos;

/// <summary>
/// A kitchen order as it is printed: a title, the table or the customer, when it was ordered, the items with their
/// quantities and notes, the allergies (printed loud), and a footer. Read it with <see cref="TicketReader"/>, which
/// checks every field; <see cref="Width"/> is a hint for hand printing, the configured printer's width wins.
/// </summary>
public sealed record KitchenTicket(
    string Title,
    string? Table,
    string? Customer,
    DateTimeOffset Time,
    IReadOnlyList<TicketItem> Items,
    IReadOnlyList<string> Allergies,
    string? Footer,
    int? Width);

/// <summary>One line of the order: "2x Sancocho", with the kitchen's notes ("sin cilantro").</summary>
public sealed record TicketItem(int Quantity, string Name, string? Notes);
