namespace Tendero.Connectors.EscPos;

/// <summary>
/// Turns ticket lines into ESC/POS bytes: <c>ESC @</c> (initialise), <c>ESC t n</c> (the code table, re-sent after
/// every <c>ESC @</c> because initialising resets it), then each line with its style switched on only where it changes
/// (<c>GS !</c> size, <c>ESC E</c> bold, <c>GS B</c> white on black, <c>ESC a</c> alignment), a line feed, and at the
/// end a cut: <c>GS V 66 n</c> (feed to the cutter, partial cut) or, for printers without function B, feed lines and
/// <c>GS V 0</c>. Text goes through the code page, so no byte of it is below 0x20: a ticket cannot carry commands.
/// Commands: REFERENCE §9 (Epson ESC/POS; GS V per the NCR 7168 manual).
/// </summary>
public static class EscPosEncoder
{
    private const byte Esc = 0x1B, Gs = 0x1D, Lf = 0x0A;

    /// <summary>The lines a ticket lays out to at <paramref name="width"/>, encoded.</summary>
    public static byte[] Encode(KitchenTicket ticket, int width, PrinterCodePage codePage, bool fullCut = false) =>
        Encode(TicketLayout.Lines(ticket, width, codePage), codePage, fullCut);

    public static byte[] Encode(IReadOnlyList<TicketLine> lines, PrinterCodePage codePage, bool fullCut = false)
    {
        var output = new List<byte>(64 + lines.Sum(l => l.Text.Length + 8));
        output.AddRange([Esc, (byte)'@', Esc, (byte)'t', codePage.Table]);
        var current = TicketStyle.None;
        foreach (var line in lines)
        {
            Switch(output, current, line.Style);
            current = line.Style;
            output.AddRange(codePage.Encode(line.Text));
            output.Add(Lf);
        }
        Switch(output, current, TicketStyle.None);
        output.AddRange(fullCut ? [Esc, (byte)'d', 4, Gs, (byte)'V', 0] : [Gs, (byte)'V', 66, 3]);
        return output.ToArray();
    }

    private static void Switch(List<byte> output, TicketStyle from, TicketStyle to)
    {
        if (Changed(from, to, TicketStyle.Big))
        {
            output.AddRange([Gs, (byte)'!', to.HasFlag(TicketStyle.Big) ? (byte)0x11 : (byte)0x00]);
        }
        if (Changed(from, to, TicketStyle.Bold))
        {
            output.AddRange([Esc, (byte)'E', to.HasFlag(TicketStyle.Bold) ? (byte)1 : (byte)0]);
        }
        if (Changed(from, to, TicketStyle.Inverted))
        {
            output.AddRange([Gs, (byte)'B', to.HasFlag(TicketStyle.Inverted) ? (byte)1 : (byte)0]);
        }
        if (Changed(from, to, TicketStyle.Center))
        {
            output.AddRange([Esc, (byte)'a', to.HasFlag(TicketStyle.Center) ? (byte)1 : (byte)0]);
        }
    }

    private static bool Changed(TicketStyle from, TicketStyle to, TicketStyle flag) => from.HasFlag(flag) != to.HasFlag(flag);
}
