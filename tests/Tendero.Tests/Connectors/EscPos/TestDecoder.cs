namespace Tendero.Tests.Connectors.EscPos;

/// <summary>
/// The test's own reading of ESC/POS, written from the command table (REFERENCE §9) and sharing no code with the
/// encoder: it splits the bytes into commands and lines, tracks size, bold and inverse, and keeps each line's raw bytes
/// so that tests check the code page byte by byte. It throws on anything it does not know, so an encoder that starts
/// emitting a new command must be looked at here too.
/// </summary>
internal sealed class TestDecoder
{
    public List<string> Commands { get; } = [];

    public List<DecodedLine> Lines { get; } = [];

    public static TestDecoder Read(byte[] bytes)
    {
        var d = new TestDecoder();
        var raw = new List<byte>();
        bool big = false, bold = false, inverse = false, center = false;
        bool lineBig = false, lineBold = false, lineInverse = false, lineCenter = false;
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b == 0x1B)
            {
                var c = (char)bytes[i + 1];
                var (name, length) = c switch
                {
                    '@' => ("ESC @", 2),
                    't' => ($"ESC t {bytes[i + 2]}", 3),
                    'E' => ($"ESC E {bytes[i + 2]}", 3),
                    'a' => ($"ESC a {bytes[i + 2]}", 3),
                    'd' => ($"ESC d {bytes[i + 2]}", 3),
                    _ => throw new InvalidDataException($"unknown ESC {c} at {i}"),
                };
                if (c == 'E') { bold = bytes[i + 2] == 1; }
                if (c == 'a') { center = bytes[i + 2] == 1; }
                d.Commands.Add(name);
                i += length;
            }
            else if (b == 0x1D)
            {
                var c = (char)bytes[i + 1];
                var (name, length) = c switch
                {
                    '!' => ($"GS ! 0x{bytes[i + 2]:X2}", 3),
                    'B' => ($"GS B {bytes[i + 2]}", 3),
                    'V' when bytes[i + 2] is 65 or 66 => ($"GS V {bytes[i + 2]} {bytes[i + 3]}", 4),
                    'V' => ($"GS V {bytes[i + 2]}", 3),
                    _ => throw new InvalidDataException($"unknown GS {c} at {i}"),
                };
                if (c == '!') { big = bytes[i + 2] == 0x11; }
                if (c == 'B') { inverse = bytes[i + 2] == 1; }
                d.Commands.Add(name);
                i += length;
            }
            else if (b == 0x0A)
            {
                d.Lines.Add(new DecodedLine(raw.ToArray(), lineBig, lineBold, lineInverse, lineCenter));
                d.Commands.Add("LF");
                raw.Clear();
                (lineBig, lineBold, lineInverse, lineCenter) = (false, false, false, false);
                i++;
            }
            else if (b < 0x20)
            {
                throw new InvalidDataException($"control byte 0x{b:X2} at {i} outside a command");
            }
            else
            {
                if (raw.Count == 0)
                {
                    (lineBig, lineBold, lineInverse, lineCenter) = (big, bold, inverse, center);
                }
                raw.Add(b);
                i++;
            }
        }
        if (raw.Count > 0)
        {
            throw new InvalidDataException("text after the last line feed");
        }
        return d;
    }
}

/// <summary>A line as printed: its bytes (in the printer's code page) and style. Columns count double when big.</summary>
internal sealed record DecodedLine(byte[] Bytes, bool Big, bool Bold, bool Inverse, bool Center)
{
    public int Columns => Bytes.Length * (Big ? 2 : 1);

    /// <summary>The text through CP858 as .NET knows it: a second opinion on the encoder's own table.</summary>
    public string Text
    {
        get
        {
            System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
            return System.Text.Encoding.GetEncoding(858).GetString(Bytes);
        }
    }
}
