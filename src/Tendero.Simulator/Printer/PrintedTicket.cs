namespace Tendero.Simulator.Printer;

/// <summary>
/// One ticket as the virtual printer printed it, decoded back to text. <see cref="Text"/> marks double-size lines with
/// "# " and white-on-black ones with "> " (both: "# > "). <see cref="Cut"/> is false when the connection closed
/// before a cut (<c>GS V</c>).
/// </summary>
public sealed record PrintedTicket(DateTimeOffset At, IReadOnlyList<PrintedLine> Lines, bool Cut, int CodeTable)
{
    public string Text => string.Join("\n", Lines.Select(l => (l.Big ? "# " : "") + (l.Inverted ? "> " : "") + l.Text));
}

/// <summary>A printed line and how it looked.</summary>
public sealed record PrintedLine(string Text, bool Big, bool Bold, bool Inverted);
