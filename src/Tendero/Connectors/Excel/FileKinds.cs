using System.IO.Compression;

namespace Tendero.Connectors.Excel;

/// <summary>Tells a workbook from other files by its first bytes, whatever its name says.</summary>
internal static class FileKinds
{
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>The format, or why the file is not one we can read (completing the sentence "FILE …").</summary>
    public static (WorkbookFormat Format, string? Problem) Sniff(Stream stream)
    {
        var head = new byte[8];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (read == 0)
        {
            return (default, "is empty (0 bytes)");
        }
        if (read >= 8 && head.AsSpan().SequenceEqual(Ole))
        {
            // Legacy .xls, or an encrypted .xlsx (Office wraps those in the same container); ExcelDataReader tells them apart.
            return (WorkbookFormat.Xls, null);
        }
        if (read >= 4 && head.AsSpan(0, 4).SequenceEqual(Zip))
        {
            return (WorkbookFormat.Xlsx, ZipProblem(stream));
        }
        var start = System.Text.Encoding.ASCII.GetString(head, 0, read).TrimStart();
        return (default, start.StartsWith('<')
            ? "is a web page or XML saved with an Excel name, not a workbook: open it in Excel and save it as .xlsx"
            : "is not an Excel workbook (.xlsx or .xls)");
    }

    private static string? ZipProblem(Stream stream)
    {
        stream.Position = 0;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            return zip.GetEntry("xl/workbook.xml") is null && zip.GetEntry("xl/workbook.bin") is null
                ? "is a zip file but not an Excel workbook (a Word or other Office file?)"
                : zip.GetEntry("xl/workbook.bin") is not null ? "is a binary workbook (.xlsb), which cannot be read: save it as .xlsx" : null;
        }
        catch (InvalidDataException)
        {
            return "is damaged: it is not a complete .xlsx (a download or copy cut short?)";
        }
    }
}
