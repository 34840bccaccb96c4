using System.Text;

namespace Tendero.Connectors.Csv;

/// <summary>
/// Reads a CSV whatever its encoding and delimiter (see <see cref="CsvSniffer"/>), and writes one that Excel opens right:
/// UTF-8 with BOM, fields quoted as needed, and text that starts like a formula neutralised (<see cref="CellGuard"/>).
/// </summary>
public static class CsvFile
{
    /// <summary>Files bigger than this are refused rather than read into memory.</summary>
    public const long MaxBytes = 200L * 1024 * 1024;

    /// <summary>Reads the header row and the data rows. Throws <see cref="CsvFileException"/> for an empty, ragged or malformed file.</summary>
    public static CsvTable Read(string path)
    {
        var name = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > MaxBytes)
            {
                throw new CsvFileException($"{name} is {info.Length / (1024 * 1024)} MB; CSV files up to {MaxBytes / (1024 * 1024)} MB are read.");
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CsvFileException($"Cannot read {path}: {e.Message}", e);
        }
        var (text, encoding) = CsvSniffer.Decode(bytes);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new CsvFileException($"{name} is empty: it needs a header row and at least one data row.");
        }
        var delimiter = CsvSniffer.Delimiter(text);
        var records = Parse(text, delimiter, name);
        var headers = records[0];
        CheckHeaders(headers, name);
        var rows = records.Skip(1).ToList();
        foreach (var (row, line) in rows.Select((r, i) => (r, i + 2)))
        {
            if (row.Count != headers.Count)
            {
                throw new CsvFileException($"{name}: record {line} has {row.Count} fields but the header has {headers.Count} (delimiter '{Show(delimiter)}'). Fix that row, or quote fields that contain the delimiter.");
            }
        }
        return new CsvTable(headers, rows, encoding, delimiter);
    }

    /// <summary>Writes a CSV file atomically (a temporary file beside it, then a rename).</summary>
    public static void Write(string path, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows, char delimiter = ',')
    {
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                Write(stream, headers, rows, delimiter);
            }
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>Writes UTF-8 with BOM, CRLF line ends, every text field through <see cref="CellGuard"/>. The stream is left open.</summary>
    public static void Write(Stream stream, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows, char delimiter = ',')
    {
        if (delimiter is '"' or '\r' or '\n')
        {
            throw new ArgumentException($"'{Show(delimiter)}' cannot be a CSV delimiter.", nameof(delimiter));
        }
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        WriteRecord(writer, headers, delimiter);
        foreach (var row in rows)
        {
            WriteRecord(writer, row, delimiter);
        }
    }

    private static void WriteRecord(StreamWriter writer, IEnumerable<string?> fields, char delimiter)
    {
        writer.Write(string.Join(delimiter, fields.Select(f => CsvRecords.Quote(CellGuard.Guard(f ?? ""), delimiter))));
        writer.Write("\r\n");
    }

    private static List<IReadOnlyList<string>> Parse(string text, char delimiter, string name)
    {
        var records = new List<IReadOnlyList<string>>();
        try
        {
            records.AddRange(CsvRecords.Parse(text, delimiter));
        }
        catch (FormatException e)
        {
            throw new CsvFileException($"{name}: malformed CSV at {e.Message} (delimiter '{Show(delimiter)}'). Quote fields that hold quotes, and double the quotes inside them.", e);
        }
        if (records.Count < 2)
        {
            throw new CsvFileException($"{name} has a header row but no data rows.");
        }
        return records;
    }

    private static void CheckHeaders(IReadOnlyList<string> headers, string name)
    {
        var blank = headers.Select((h, i) => (h, i)).FirstOrDefault(x => string.IsNullOrWhiteSpace(x.h));
        if (blank.h is not null)
        {
            throw new CsvFileException($"{name}: column {blank.i + 1} of the header row has no name.");
        }
        var duplicate = headers.GroupBy(h => h.Trim(), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new CsvFileException($"{name}: the header \"{duplicate.Key}\" appears twice.");
        }
    }

    private static string Show(char c) => c == '\t' ? "tab" : c.ToString();
}
