using System.IO.Compression;
using System.Text;
using Tendero.Tests.Ai;

namespace Tendero.Tests.Connectors;

/// <summary>Copies of tests/fixtures/xlsx-write (made by exceljs and LibreOffice, see make.sh) in a fresh folder per test.</summary>
internal sealed class XlsxFixtures : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("tendero-xlsx-").FullName;

    public string Copy(string fixture)
    {
        var path = Path.Combine(Folder, fixture);
        File.Copy(Path.Combine(RepoFiles.Root, "tests", "fixtures", "xlsx-write", fixture), path);
        return path;
    }

    public string Csv(string name, string text, Encoding? encoding = null)
    {
        var path = Path.Combine(Folder, name);
        encoding ??= new UTF8Encoding(false);
        File.WriteAllBytes(path, [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);
        return path;
    }

    /// <summary>Every zip entry's uncompressed bytes, by name.</summary>
    public static Dictionary<string, byte[]> Entries(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
