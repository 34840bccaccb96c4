using System.Text;

namespace Tendero.Connectors.Csv;

/// <summary>Guesses a CSV file's encoding and delimiter from its bytes.</summary>
internal static class CsvSniffer
{
    private static readonly char[] Candidates = [',', ';', '\t'];
    private const int SampleChars = 64 * 1024;
    private const int SampleRecords = 20;

    static CsvSniffer() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-1252 (what Excel saves on Spanish Windows).</summary>
    public static (string Text, Encoding Encoding) Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble))
        {
            return (Strict(new UTF8Encoding(true, true), bytes.AsSpan(3).ToArray(), "UTF-8"), new UTF8Encoding(true));
        }
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var unicode = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return (unicode.GetString(bytes, 2, bytes.Length - 2), unicode);
        }
        try
        {
            return (new UTF8Encoding(false, true).GetString(bytes), new UTF8Encoding(false));
        }
        catch (DecoderFallbackException)
        {
            var ansi = Encoding.GetEncoding(1252);
            return (ansi.GetString(bytes), ansi);
        }
    }

    /// <summary>
    /// The candidate (<c>,</c> <c>;</c> tab) that splits the first records into the same number of fields, quotes respected;
    /// among consistent ones the one giving most fields. A single-column file gets a comma.
    /// </summary>
    public static char Delimiter(string text)
    {
        var sample = text.Length > SampleChars ? text[..SampleChars] : text;
        var truncated = sample.Length < text.Length;
        var best = (Delimiter: ',', Fields: 1, Consistent: false);
        foreach (var candidate in Candidates)
        {
            var counts = FieldCounts(sample, candidate, truncated);
            if (counts.Count == 0)
            {
                continue;
            }
            var consistent = counts.All(c => c == counts[0]);
            var fields = consistent ? counts[0] : counts.GroupBy(c => c).MaxBy(g => g.Count())!.Key;
            if (fields < 2)
            {
                continue;
            }
            if ((consistent && !best.Consistent) || (consistent == best.Consistent && fields > best.Fields))
            {
                best = (candidate, fields, consistent);
            }
        }
        return best.Delimiter;
    }

    private static List<int> FieldCounts(string sample, char delimiter, bool truncated)
    {
        var counts = new List<int>();
        try
        {
            foreach (var record in CsvRecords.Parse(sample, delimiter))
            {
                counts.Add(record.Count);
                if (counts.Count == SampleRecords)
                {
                    return counts;
                }
            }
        }
        catch (FormatException)
        {
            // A quote that does not close under this delimiter (or the sample cut a quoted field): keep what was counted.
        }
        if (truncated && counts.Count > 1)
        {
            counts.RemoveAt(counts.Count - 1);
        }
        return counts;
    }

    private static string Strict(Encoding encoding, byte[] bytes, string name)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new CsvFileException($"The file starts with a {name} byte-order mark but is not valid {name}: save it again as UTF-8.", e);
        }
    }
}
