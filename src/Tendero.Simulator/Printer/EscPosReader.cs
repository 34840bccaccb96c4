using System.Text;

namespace Tendero.Simulator.Printer;

/// <summary>
/// Decodes an ESC/POS byte stream the way a printer reads it, one byte at a time (a command may be split across TCP
/// reads): text through the selected code table (<c>ESC t</c>: 0 PC437, 2 PC850, 16 WPC1252, 19 PC858), the styles
/// that matter for reading a ticket (size, bold, inverse), line feeds, and cuts, which end a ticket. Real-time status
/// queries (<c>DLE EOT n</c>) are handed to the caller to answer. Unknown commands are skipped.
/// </summary>
internal sealed class EscPosReader(TimeProvider time)
{
    private readonly List<PrintedLine> lines = [];
    private readonly StringBuilder line = new();
    private readonly List<byte> command = [];
    private int table;
    private bool big, bold, inverted, lineBig, lineBold, lineInverted;

    static EscPosReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Bytes of commands and text that arrived while the printer could not print, and were dropped.</summary>
    public long Dropped { get; private set; }

    /// <summary>True once the stream has printed something since the last cut.</summary>
    public bool HasContent => lines.Count > 0 || line.Length > 0;

    /// <summary>Reads one byte. Returns the status query number for <c>DLE EOT n</c>, else null; a finished ticket comes out in <paramref name="ticket"/>.</summary>
    public byte? Read(byte b, bool print, out PrintedTicket? ticket)
    {
        ticket = null;
        command.Add(b);
        if (!Complete())
        {
            return null;
        }
        var bytes = command.ToArray();
        command.Clear();
        if (bytes is [0x10, 0x04, var n])
        {
            return n;
        }
        if (print)
        {
            ticket = Apply(bytes);
        }
        else
        {
            Dropped += bytes.Length;
        }
        return null;
    }

    /// <summary>What is left when the connection closes: an uncut ticket, or null.</summary>
    public PrintedTicket? Flush()
    {
        if (!HasContent)
        {
            return null;
        }
        if (line.Length > 0)
        {
            EndLine();
        }
        return Take(cut: false);
    }

    // Whether all of the command in progress is here.
    private bool Complete()
    {
        var length = command[0] switch
        {
            0x10 => 3, // DLE EOT n (DLE ENQ n and DLE DC4 are rarer; treated the same)
            0x1B when command.Count >= 2 => command[1] switch
            {
                (byte)'@' => 2,
                (byte)'p' => 5,
                _ => 3, // ESC t n, ESC E n, ESC ! n, ESC a n, ESC d n, ESC - n, ESC M n, ESC J n
            },
            0x1D when command.Count >= 2 => command[1] switch
            {
                (byte)'V' when command.Count >= 3 => command[2] is 65 or 66 ? 4 : 3,
                (byte)'V' => int.MaxValue,
                _ => 3, // GS ! n, GS B n
            },
            0x1B or 0x1D => int.MaxValue,
            _ => 1,
        };
        return command.Count >= length;
    }

    private PrintedTicket? Apply(byte[] c)
    {
        switch (c)
        {
            case [0x0A]:
                EndLine();
                break;
            case [0x0D]:
                break;
            case [< 0x20]:
                break; // other control bytes print nothing
            case [var text]:
                line.Append(Decode(text));
                (lineBig, lineBold, lineInverted) = (lineBig || big, lineBold || bold, lineInverted || inverted);
                break;
            case [0x1B, (byte)'@']:
                (table, big, bold, inverted) = (0, false, false, false);
                break;
            case [0x1B, (byte)'t', var n]:
                table = n;
                break;
            case [0x1B, (byte)'E', var n]:
                bold = (n & 1) == 1;
                break;
            case [0x1B, (byte)'!', var n]:
                (bold, big) = ((n & 0x08) != 0, (n & 0x30) != 0);
                break;
            case [0x1B, (byte)'d', var n]:
                for (var i = 0; i < Math.Max((int)n, 1); i++)
                {
                    EndLine();
                }
                break;
            case [0x1D, (byte)'!', var n]:
                big = n != 0;
                break;
            case [0x1D, (byte)'B', var n]:
                inverted = (n & 1) == 1;
                break;
            case [0x1D, (byte)'V', ..]:
                if (line.Length > 0)
                {
                    EndLine();
                }
                return Take(cut: true);
        }
        return null;
    }

    private char Decode(byte b)
    {
        var codePage = table switch { 2 => 850, 16 => 1252, 19 => 858, _ => 437 };
        return Encoding.GetEncoding(codePage).GetString([b])[0];
    }

    private void EndLine()
    {
        lines.Add(new PrintedLine(line.ToString().TrimEnd(), lineBig, lineBold, lineInverted));
        line.Clear();
        (lineBig, lineBold, lineInverted) = (false, false, false);
    }

    private PrintedTicket Take(bool cut)
    {
        // A cut right after a line feed leaves an empty last line: it is paper, not text.
        while (lines.Count > 0 && lines[^1].Text.Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }
        var ticket = new PrintedTicket(time.GetUtcNow(), lines.ToList(), cut, table);
        lines.Clear();
        return ticket;
    }
}
