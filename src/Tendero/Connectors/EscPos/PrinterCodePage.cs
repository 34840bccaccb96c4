using System.Collections.Frozen;
using System.Text;

namespace Tendero.Connectors.EscPos;

/// <summary>
/// The character table a printer is switched to (<c>ESC t n</c>) and the bytes it prints. CP858 (table 19) has every
/// Spanish letter and €; Windows-1252 (table 16) is the fallback for printers without it. CP437 is not offered: it
/// lacks Á Í Ó Ú. The table number is the Epson one; clones differ, so a printer's config may override it.
/// </summary>
public sealed class PrinterCodePage
{
    private readonly FrozenDictionary<char, byte> bytes;

    private PrinterCodePage(string name, int codePage, byte table)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        (Name, Table) = (name, table);
        var encoding = Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback);
        var map = new Dictionary<char, byte>();
        // The printable set is what the code page's bytes decode to (0x20 and up, no controls): exact, with no
        // "best fit" guesses, so a character outside it is transliterated by us instead of printed as '?'.
        for (var b = 0x20; b <= 0xFF; b++)
        {
            var decoded = encoding.GetString([(byte)b]);
            if (decoded.Length == 1 && !char.IsControl(decoded[0]) && decoded[0] != '\uFFFD' && !map.ContainsKey(decoded[0]))
            {
                map[decoded[0]] = (byte)b;
            }
        }
        bytes = map.ToFrozenDictionary();
    }

    public static PrinterCodePage Cp858 { get; } = new("cp858", 858, 19);

    public static PrinterCodePage Windows1252 { get; } = new("cp1252", 1252, 16);

    public string Name { get; }

    /// <summary>The <c>ESC t n</c> number that selects this table.</summary>
    public byte Table { get; private init; }

    /// <summary>The same code page selected with another table number (a clone that numbers its tables differently).</summary>
    public PrinterCodePage WithTable(byte table) => table == Table ? this : new PrinterCodePage(this, table);

    private PrinterCodePage(PrinterCodePage other, byte table) => (Name, Table, bytes) = (other.Name, table, other.bytes);

    /// <summary>cp858 or cp1252 (also written 858, 1252, pc858, windows-1252); null for anything else.</summary>
    public static PrinterCodePage? Find(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "cp858" or "858" or "pc858" or "ibm858" => Cp858,
        "cp1252" or "1252" or "wpc1252" or "windows-1252" => Windows1252,
        _ => null,
    };

    public bool CanPrint(char c) => bytes.ContainsKey(c);

    /// <summary>The text with every character this table lacks replaced by its plain form, or dropped (see <see cref="Transliteration"/>).</summary>
    public string Printable(string text) => Transliteration.Apply(text, CanPrint);

    /// <summary>The bytes of printable text; a character outside the table (a caller skipped <see cref="Printable"/>) is transliterated here.</summary>
    public byte[] Encode(string text)
    {
        var printable = Printable(text);
        var result = new byte[printable.Length];
        for (var i = 0; i < printable.Length; i++)
        {
            result[i] = bytes[printable[i]];
        }
        return result;
    }
}
