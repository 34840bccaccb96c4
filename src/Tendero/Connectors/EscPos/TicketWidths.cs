namespace Tendero.Connectors.EscPos;

/// <summary>
/// Characters per line in font A: 58 mm heads print 32 (or 42 on 512-dot models), 80 mm heads print 48. Double-size
/// text takes two columns per character, so a heading holds half as many.
/// </summary>
public static class TicketWidths
{
    public const int Default = 42;

    public static IReadOnlyList<int> Supported { get; } = [32, 42, 48];

    public static bool IsSupported(int width) => Supported.Contains(width);
}
