using System.Text;
using ExcelDataReader;
using ExcelDataReader.Exceptions;

namespace Tendero.Connectors.Excel;

/// <summary>
/// Opens an owner's workbook (.xlsx/.xlsm, or legacy .xls) through ExcelDataReader, one forward pass per sheet, and
/// finds the tables on each sheet. Every way a file can be unreadable — missing, damaged, password-protected, open in
/// another program, not a workbook at all — comes back as <see cref="WorkbookLoad.Failed"/> with a sentence to act on.
/// </summary>
public static class WorkbookReader
{
    // Legacy .xls strings are in Windows code pages that .NET only knows once the provider is registered.
    static WorkbookReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static WorkbookLoad Read(string path, ExcelReadOptions options)
    {
        if (Directory.Exists(path))
        {
            return new WorkbookLoad.Failed($"{path} is a folder, not a workbook");
        }
        if (!File.Exists(path))
        {
            return new WorkbookLoad.Failed($"{path} does not exist");
        }
        if (Unsupported(Path.GetExtension(path).ToLowerInvariant()) is { } why)
        {
            return new WorkbookLoad.Failed($"{path} {why}");
        }
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var (format, problem) = FileKinds.Sniff(stream);
            if (problem is not null)
            {
                return new WorkbookLoad.Failed($"{path} {problem}");
            }
            stream.Position = 0;
            var config = new ExcelReaderConfiguration { FallbackEncoding = Encoding.GetEncoding(1252), LeaveOpen = true };
            using var reader = ExcelReaderFactory.CreateReader(stream, config);
            var sheets = new List<SheetTables>();
            do
            {
                var (grid, warnings) = SheetLoader.Load(reader, options);
                sheets.Add(new SheetTables(grid.Name, TableDetector.Detect(grid), warnings));
            }
            while (reader.NextResult());
            return new WorkbookLoad.Loaded(new Workbook(path, format, sheets));
        }
        catch (InvalidPasswordException)
        {
            return new WorkbookLoad.Failed($"{path} is password-protected: open it in Excel, remove the password (File > Info > Protect Workbook) and save a copy");
        }
        catch (IOException e) when (IsLocked(e))
        {
            return new WorkbookLoad.Failed($"{path} is open in another program (Excel?) that locks it: close it there and try again");
        }
        catch (UnauthorizedAccessException)
        {
            return new WorkbookLoad.Failed($"{path} cannot be read: permission denied");
        }
        catch (Exception e) when (e is HeaderException or CompoundDocumentException or InvalidDataException or ExcelReaderException
            or System.Xml.XmlException or EndOfStreamException or IOException or NotSupportedException or FormatException
            or ArgumentException or InvalidOperationException or IndexOutOfRangeException or InvalidCastException or OverflowException
            or NullReferenceException)
        {
            // A damaged file can fail anywhere inside the parser; say so plainly and keep the caller running.
            return new WorkbookLoad.Failed($"{path} is damaged or not a workbook that can be read ({e.GetType().Name}: {e.Message})");
        }
    }

    private static string? Unsupported(string extension) => extension switch
    {
        ".xlsb" => "is a binary workbook (.xlsb), which cannot be read: save it as .xlsx",
        ".ods" => "is an OpenDocument spreadsheet (.ods): save it as .xlsx",
        ".csv" or ".txt" or ".tsv" => "is a text file, not a workbook: read it as CSV",
        ".numbers" => "is an Apple Numbers file: export it as .xlsx",
        _ => null,
    };

    // Windows reports ERROR_SHARING_VIOLATION (32) or ERROR_LOCK_VIOLATION (33); .NET on Unix raises the same for advisory locks.
    private static bool IsLocked(IOException e) =>
        e is not (FileNotFoundException or DirectoryNotFoundException or EndOfStreamException)
        && ((e.HResult & 0xFFFF) is 32 or 33 || e.Message.Contains("being used by another process", StringComparison.OrdinalIgnoreCase));
}
