namespace Tendero.Connectors.EscPos;

/// <summary>One printed line and how it is printed. A <see cref="TicketStyle.Big"/> line holds half the columns.</summary>
public sealed record TicketLine(string Text, TicketStyle Style = TicketStyle.None)
{
    public bool Is(TicketStyle style) => (Style & style) == style;
}

[Flags]
public enum TicketStyle
{
    None = 0,

    /// <summary>Double width and height (GS ! 0x11).</summary>
    Big = 1,

    /// <summary>Emphasised (ESC E 1).</summary>
    Bold = 2,

    /// <summary>White on black (GS B 1); the line is padded so the band spans the paper.</summary>
    Inverted = 4,

    /// <summary>Centred (ESC a 1).</summary>
    Center = 8,
}
