using System.Text;

namespace Tendero.Connectors.Csv;

/// <summary>
/// RFC 4180 records: quoted fields may hold the delimiter, doubled quotes and line breaks; blank lines are skipped.
/// Hand-written because CsvHelper 34 is a ground-up rewrite whose byte-level reader gives no record-level error to name.
/// </summary>
internal static class CsvRecords
{
    /// <summary>The records of <paramref name="text"/>, lazily; throws <see cref="FormatException"/> at a malformed quote.</summary>
    public static IEnumerable<List<string>> Parse(string text, char delimiter)
    {
        var field = new StringBuilder();
        var record = new List<string>();
        var i = 0;
        var recordNumber = 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"' && field.Length == 0)
            {
                i = ReadQuoted(text, i + 1, field, recordNumber);
                if (i < text.Length && text[i] != delimiter && text[i] != '\r' && text[i] != '\n')
                {
                    throw new FormatException($"record {recordNumber}: text after a closing quote");
                }
                continue;
            }
            if (c == delimiter)
            {
                record.Add(field.ToString());
                field.Clear();
                i++;
                continue;
            }
            if (c is '\r' or '\n')
            {
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                record.Add(field.ToString());
                field.Clear();
                if (!(record.Count == 1 && record[0].Length == 0))
                {
                    yield return record;
                    recordNumber++;
                }
                record = [];
                continue;
            }
            field.Append(c);
            i++;
        }
        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            yield return record;
        }
    }

    private static int ReadQuoted(string text, int i, StringBuilder field, int recordNumber)
    {
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            field.Append(text[i]);
            i++;
        }
        throw new FormatException($"record {recordNumber}: a quote that is never closed");
    }

    /// <summary>The field as written: quoted when it holds the delimiter, a quote, a line break, or edge spaces.</summary>
    public static string Quote(string field, char delimiter)
    {
        var needs = field.Length > 0 && (field[0] == ' ' || field[^1] == ' ')
            || field.AsSpan().IndexOfAny(['"', '\r', '\n', delimiter]) >= 0;
        return needs ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
    }
}
