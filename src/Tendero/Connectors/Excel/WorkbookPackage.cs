using System.IO.Compression;

namespace Tendero.Connectors.Excel;

/// <summary>
/// An .xlsx as its zip entries, in their order. Saving copies every entry's bytes as they were, except the parts that were
/// replaced, and appends new ones: this is how add-sheet keeps the rest of the workbook byte-for-byte (the OpenXml SDK
/// would re-serialise every part it loaded). Zip bombs are refused at <see cref="MaxUncompressed"/>.
/// </summary>
internal sealed class WorkbookPackage
{
    public const long MaxUncompressed = 1024L * 1024 * 1024;
    private readonly List<(string Name, DateTimeOffset Modified, byte[] Bytes)> entries;
    private readonly Dictionary<string, byte[]> replaced = new(StringComparer.Ordinal);
    private readonly List<(string Name, byte[] Bytes)> added = [];

    private WorkbookPackage(List<(string, DateTimeOffset, byte[])> entries) => this.entries = entries;

    public static WorkbookPackage Load(byte[] bytes, string name)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var list = new List<(string, DateTimeOffset, byte[])>();
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > MaxUncompressed)
                {
                    throw new WorkbookException($"{name} unpacks to more than {MaxUncompressed / (1024 * 1024)} MB; it is refused as unsafe.");
                }
                using var stream = entry.Open();
                using var copy = new MemoryStream((int)entry.Length);
                stream.CopyTo(copy);
                list.Add((entry.FullName, entry.LastWriteTime, copy.ToArray()));
            }
            return new WorkbookPackage(list);
        }
        catch (InvalidDataException e)
        {
            throw new WorkbookException($"{name} is damaged (its zip package cannot be read): {e.Message}", e);
        }
    }

    public IEnumerable<string> Names => entries.Select(e => e.Name).Concat(added.Select(a => a.Name));

    public bool Contains(string name) => Names.Contains(name, StringComparer.OrdinalIgnoreCase);

    public byte[] Get(string name) =>
        replaced.TryGetValue(name, out var bytes) ? bytes
        : entries.FirstOrDefault(e => e.Name == name).Bytes ?? added.FirstOrDefault(a => a.Name == name).Bytes
        ?? throw new WorkbookException($"The workbook has no part {name}.");

    public void Replace(string name, byte[] bytes)
    {
        if (!entries.Any(e => e.Name == name))
        {
            throw new InvalidOperationException($"No part {name} to replace.");
        }
        replaced[name] = bytes;
    }

    public void Add(string name, byte[] bytes) => added.Add((name, bytes));

    /// <summary>The parts that saving changes or adds, in package order.</summary>
    public IReadOnlyList<string> Changed => entries.Where(e => replaced.ContainsKey(e.Name)).Select(e => e.Name).Concat(added.Select(a => a.Name)).ToList();

    public void WriteTo(Stream stream, DateTimeOffset now)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (name, modified, bytes) in entries)
        {
            var changed = replaced.TryGetValue(name, out var replacement);
            Write(zip, name, changed ? now : modified, changed ? replacement! : bytes);
        }
        foreach (var (name, bytes) in added)
        {
            Write(zip, name, now, bytes);
        }
    }

    private static void Write(ZipArchive zip, string name, DateTimeOffset modified, byte[] bytes)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = modified;
        if (!name.EndsWith('/'))
        {
            using var stream = entry.Open();
            stream.Write(bytes);
        }
    }
}
