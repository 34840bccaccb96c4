using System.Text;
using Microsoft.Extensions.Time.Testing;
using Tendero.Connectors.Excel;

namespace Tendero.Tests.Connectors.Excel;

public sealed class AddSheetErrorTests : IDisposable
{
    private readonly XlsxFixtures files = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.Zero));

    private string Refused(string book, string name = "Nueva", string? like = null, string? csv = null)
    {
        var before = File.ReadAllBytes(book);
        var outcome = SheetAdder.Add(new AddSheetRequest(book, name, csv ?? files.Csv("rows.csv", "A,B\n1,2\n"), like), time);
        Assert.Equal(before, File.ReadAllBytes(book));
        Assert.Empty(Directory.GetFiles(files.Folder, ".~*"));
        return Assert.IsType<AddSheetOutcome.Refused>(outcome).Reason;
    }

    [Theory]
    [InlineData("ventas", "already has a sheet named \"Ventas\"")]
    [InlineData("Un nombre de hoja demasiado largo", "at most 31")]
    [InlineData("Marzo/Abril", "cannot contain")]
    [InlineData("[x]", "cannot contain")]
    public void Add_BadName_IsRefused(string name, string expected) =>
        Assert.Contains(expected, Refused(files.Copy("workbook.xlsx"), name));

    [Fact]
    public void Add_UnknownLikeSheet_NamesTheSheetsThereAre() =>
        Assert.Contains("has no worksheet named \"Ventass\" (it has: Ventas, Resumen, Clientes, Listas)", Refused(files.Copy("workbook.xlsx"), like: "Ventass"));

    [Fact]
    public void Add_LegacyXls_AsksToSaveAsXlsx() =>
        Assert.Contains("save it as .xlsx first", Refused(files.Copy("legacy.xls")));

    [Fact]
    public void Add_XlsRenamedToXlsx_AsksToSaveAsXlsx()
    {
        var book = Path.Combine(files.Folder, "renamed.xlsx");
        File.Copy(files.Copy("legacy.xls"), book);
        Assert.Contains("save it as .xlsx first", Refused(book));
    }

    [Fact]
    public void Add_PasswordProtected_SaysSo()
    {
        // An encrypted .xlsx is an OLE compound file holding EncryptionInfo and EncryptedPackage streams (MS-OFFCRYPTO 2.3.4).
        var book = Path.Combine(files.Folder, "secret.xlsx");
        var bytes = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(bytes, 1024);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(bytes, 1152);
        File.WriteAllBytes(book, bytes);
        Assert.Contains("protected with a password", Refused(book));
    }

    [Theory]
    [InlineData("not a zip at all")]
    [InlineData("PK\u0003\u0004 then garbage")]
    public void Add_CorruptFile_IsRefusedAsDamaged(string content)
    {
        var book = Path.Combine(files.Folder, "broken.xlsx");
        File.WriteAllText(book, content);
        Assert.Matches("damaged|not an .xlsx", Refused(book));
    }

    [Fact]
    public void Add_ZipWithoutWorkbook_IsRefusedAsDamaged()
    {
        var book = Path.Combine(files.Folder, "empty.xlsx");
        using (var zip = System.IO.Compression.ZipFile.Open(book, System.IO.Compression.ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("hello.txt").Open());
            writer.Write("hi");
        }
        Assert.Contains("damaged", Refused(book));
    }

    [Fact]
    public void Add_FileLockedByAnotherProgram_SaysCloseIt()
    {
        var book = files.Copy("workbook.xlsx");
        string reason;
        using (new FileStream(book, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            reason = Assert.IsType<AddSheetOutcome.Refused>(SheetAdder.Add(new AddSheetRequest(book, "Nueva", files.Csv("rows.csv", "A\n1\n")), time)).Reason;
        }
        Assert.Contains("open in another program", reason);
    }

    [Fact]
    public void Add_RaggedCsv_IsRefusedNamingTheRecord() =>
        Assert.Contains("record 3 has 3 fields", Refused(files.Copy("workbook.xlsx"), csv: files.Csv("bad.csv", "A,B\n1,2\n1,2,3\n")));

    public void Dispose() => files.Dispose();
}
