using System.Text;

namespace Tendero.Connectors.Excel;

/// <summary>Reads a workbook's bytes for editing, telling apart what is not an .xlsx: a legacy .xls, a password, a lock, a damaged file.</summary>
internal static class WorkbookFile
{
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] EncryptedPackage = Encoding.Unicode.GetBytes("EncryptedPackage");
    public const long MaxBytes = 200L * 1024 * 1024;

    public static byte[] Read(string path)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new WorkbookException($"{path} does not exist.");
        }
        if (Path.GetExtension(path).Equals(".xls", StringComparison.OrdinalIgnoreCase))
        {
            throw new WorkbookException($"{name} is a legacy .xls workbook: add-sheet works on .xlsx; save it as .xlsx first (File > Save As > Excel Workbook).");
        }
        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (stream.Length > MaxBytes)
            {
                throw new WorkbookException($"{name} is {stream.Length / (1024 * 1024)} MB; workbooks up to {MaxBytes / (1024 * 1024)} MB can be edited.");
            }
            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
        }
        catch (IOException e)
        {
            throw Locked(path, e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new WorkbookException($"{name} cannot be read: {e.Message}", e);
        }
        if (bytes.AsSpan().StartsWith(Ole))
        {
            throw bytes.AsSpan().IndexOf(EncryptedPackage) >= 0
                ? new WorkbookException($"{name} is protected with a password (encrypted): remove the password in Excel (File > Info > Protect Workbook > Encrypt with Password, clear it) and try again.")
                : new WorkbookException($"{name} is a legacy .xls workbook saved under another name: add-sheet works on .xlsx; save it as .xlsx first.");
        }
        if (!bytes.AsSpan().StartsWith(Zip))
        {
            throw new WorkbookException($"{name} is not an .xlsx workbook (it is not a zip package): it may be damaged, or another kind of file renamed.");
        }
        return bytes;
    }

    public static WorkbookException Locked(string path, Exception e) =>
        new($"{Path.GetFileName(path)} is open in another program (Excel?) and locked: close it there and try again. ({e.Message})", e);
}
