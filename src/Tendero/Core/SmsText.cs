using System.Globalization;

namespace Tendero.Core;

/// <summary>
/// SMS sizing and fitting. GSM-7 fits 160 septets in one segment and 153 a part when concatenated; one character outside
/// GSM-7 makes the whole text UCS-2, 70 / 67 code units (REFERENCE §3.4, https://www.twilio.com/docs/glossary/what-sms-character-limit).
/// </summary>
public static class SmsText
{
    private const int GsmSingle = 160, GsmPart = 153, UcsSingle = 70, UcsPart = 67;

    public static SmsMeasure Measure(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var encoding = Gsm7.Fits(text) ? SmsEncoding.Gsm7 : SmsEncoding.Ucs2;
        var (single, part) = encoding == SmsEncoding.Gsm7 ? (GsmSingle, GsmPart) : (UcsSingle, UcsPart);
        int units = 0, segments = 1, fill = 0;
        for (var i = 0; i < text.Length;)
        {
            var (length, cost) = Atom(text, i, encoding);
            // Packed greedily because an escape pair or a surrogate pair is never split: the whole atom moves to the next part.
            if (fill + cost > part)
            {
                segments++;
                fill = 0;
            }

            fill += cost;
            units += cost;
            i += length;
        }

        return new SmsMeasure(encoding, units, units <= single ? 1 : segments);
    }

    /// <summary>
    /// Makes <paramref name="text"/> fit in <paramref name="maxSegments"/>: unchanged when it already does; otherwise a UCS-2 text
    /// is first rewritten in GSM-7 when <paramref name="transliterate"/> allows; what is still too long is cut and ends with an ellipsis.
    /// </summary>
    public static SmsFit Fit(string text, int maxSegments, bool transliterate)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSegments, 1);
        var measure = Measure(text);
        if (measure.Segments <= maxSegments)
        {
            return new SmsFit(text, measure, Transliterated: false, Truncated: false);
        }

        var transliterated = false;
        if (measure.Encoding == SmsEncoding.Ucs2 && transliterate)
        {
            text = SmsTransliteration.ToGsm7(text);
            measure = Measure(text);
            transliterated = true;
            if (measure.Segments <= maxSegments)
            {
                return new SmsFit(text, measure, transliterated, Truncated: false);
            }
        }

        var cut = Truncate(text, measure.Encoding, maxSegments);
        return new SmsFit(cut, Measure(cut), transliterated, Truncated: true);
    }

    // The longest prefix that fits with its ellipsis. Segments only grow as the prefix grows, so a binary search finds it.
    private static string Truncate(string text, SmsEncoding encoding, int maxSegments)
    {
        // "…" is not GSM-7, so a GSM-7 text ends with three dots and stays GSM-7.
        var ellipsis = encoding == SmsEncoding.Gsm7 ? "..." : "…";
        var cuts = CutPoints(text);
        int low = 0, high = cuts.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (Measure(string.Concat(text.AsSpan(0, cuts[middle]), ellipsis)).Segments <= maxSegments)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return string.Concat(text.AsSpan(0, cuts[low]), ellipsis);
    }

    // Cut only between user-perceived characters, so neither a surrogate pair nor an emoji with its skin tone or flag half is split.
    private static List<int> CutPoints(string text)
    {
        var cuts = new List<int> { 0 };
        for (var i = 0; i < text.Length;)
        {
            i += StringInfo.GetNextTextElementLength(text, i);
            cuts.Add(i);
        }

        return cuts;
    }

    private static (int Length, int Cost) Atom(string text, int i, SmsEncoding encoding)
    {
        if (encoding == SmsEncoding.Gsm7)
        {
            return (1, Gsm7.Cost(text[i]));
        }

        return i + 1 < text.Length && char.IsSurrogatePair(text[i], text[i + 1]) ? (2, 2) : (1, 1);
    }
}
