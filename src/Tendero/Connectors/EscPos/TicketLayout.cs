using System.Globalization;

namespace Tendero.Connectors.EscPos;

/// <summary>
/// Lays a kitchen ticket out as lines at the printer's width (pure; the encoder turns them into bytes). Text is made
/// printable first (transliterated to the code table), so one character is one column and no line overflows:
/// <code>
///   MESA 4                 (double size, centred)
/// Cliente: Ana
/// 26/11/2026 20:15
/// ------------------------------------------
///  2x Sancocho de gallina
///     &gt; sin cilantro
/// 10x Patacones
///
/// !! ALERGIAS: MANÍ, GLUTEN !!  (double size, bold, white on black)
/// ------------------------------------------
/// Mesero: Luis
/// </code>
/// </summary>
public static class TicketLayout
{
    public static IReadOnlyList<TicketLine> Lines(KitchenTicket ticket, int width, PrinterCodePage codePage)
    {
        if (!TicketWidths.IsSupported(width))
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, "A ticket is 32, 42 or 48 characters wide.");
        }
        var half = width / 2;
        var rule = new TicketLine(new string('-', width));
        var lines = new List<TicketLine>();
        Add(lines, codePage.Printable(ticket.Title), half, TicketStyle.Big | TicketStyle.Bold | TicketStyle.Center);
        if (ticket.Table is { } table)
        {
            Add(lines, codePage.Printable("Mesa " + table), half, TicketStyle.Big | TicketStyle.Bold);
        }
        if (ticket.Customer is { } customer)
        {
            Add(lines, codePage.Printable("Cliente: " + customer), width, TicketStyle.Bold);
        }
        lines.Add(new TicketLine(ticket.Time.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)));
        lines.Add(rule);
        Items(lines, ticket.Items, width, codePage);
        if (ticket.Allergies.Count > 0)
        {
            lines.Add(new TicketLine(""));
            Allergies(lines, ticket.Allergies, half, codePage);
        }
        lines.Add(rule);
        if (ticket.Footer is { } footer)
        {
            Add(lines, codePage.Printable(footer), width, TicketStyle.None);
        }
        return lines;
    }

    // "2x Name" with the quantities right-aligned, so the names start in one column; long names hang under the name.
    private static void Items(List<TicketLine> lines, IReadOnlyList<TicketItem> items, int width, PrinterCodePage codePage)
    {
        var digits = items.Max(i => i.Quantity).ToString(CultureInfo.InvariantCulture).Length;
        var indent = new string(' ', digits + 2);
        foreach (var item in items)
        {
            var prefix = item.Quantity.ToString(CultureInfo.InvariantCulture).PadLeft(digits) + "x ";
            var name = TextWrap.Lines(codePage.Printable(item.Name), width - prefix.Length, width - prefix.Length);
            lines.AddRange(name.Select((text, i) => new TicketLine((i == 0 ? prefix : indent) + text, TicketStyle.Bold)));
            if (item.Notes is { } notes)
            {
                var noteIndent = indent + "  ";
                var wrapped = TextWrap.Lines(codePage.Printable(notes), width - noteIndent.Length, width - noteIndent.Length);
                lines.AddRange(wrapped.Select((text, i) => new TicketLine((i == 0 ? indent + "> " : noteIndent) + text)));
            }
        }
    }

    // Loud: upper case, double size, bold and white on black, each line padded so the band is solid.
    private static void Allergies(List<TicketLine> lines, IReadOnlyList<string> allergies, int half, PrinterCodePage codePage)
    {
        const TicketStyle loud = TicketStyle.Big | TicketStyle.Bold | TicketStyle.Inverted;
        var text = codePage.Printable("!! ALERGIAS: " + string.Join(", ", allergies).ToUpper(CultureInfo.GetCultureInfo("es")) + " !!");
        foreach (var line in TextWrap.Lines(text, half, half))
        {
            lines.Add(new TicketLine(line.PadRight(half), loud));
        }
    }

    private static void Add(List<TicketLine> lines, string text, int width, TicketStyle style) =>
        lines.AddRange(TextWrap.Lines(text, width, width).Select(t => new TicketLine(t, style)));
}
