using Tendero.Connectors.Excel;

namespace Tendero.Tests.Connectors.Excel;

/// <summary>Every unreadable file is a clear sentence, never an exception or an empty workbook.</summary>
public sealed class WorkbookReaderErrorTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("tendero-excel-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Read_MissingFile_SaysItDoesNotExist() =>
        Assert.EndsWith("nope.xlsx does not exist", ExcelFixtures.Failure(Path.Combine(folder, "nope.xlsx")), StringComparison.Ordinal);

    [Fact]
    public void Read_TruncatedZip_SaysDamaged() =>
        Assert.Contains("is damaged", ExcelFixtures.Failure(ExcelFixtures.File("corrupt.xlsx")), StringComparison.Ordinal);

    [Fact]
    public void Read_PasswordProtected_SaysPasswordProtected() =>
        Assert.Contains("protected.xlsx is password-protected", ExcelFixtures.Failure(ExcelFixtures.File("protected.xlsx")), StringComparison.Ordinal);

    [Fact]
    public void Read_FileLockedByAnotherProgram_SaysOpenInAnotherProgram()
    {
        var path = Path.Combine(folder, "open.xlsx");
        File.Copy(ExcelFixtures.File("messy.xlsx"), path);
        using var excel = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        Assert.Contains("is open in another program", ExcelFixtures.Failure(path), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty.xlsx", "", "is empty")]
    [InlineData("page.xls", "<html><body><table><tr><td>1</td></tr></table></body></html>", "is a web page")]
    [InlineData("notes.xlsx", "just some text", "is not an Excel workbook")]
    [InlineData("data.xlsb", "whatever", "binary workbook (.xlsb)")]
    [InlineData("data.csv", "a,b\n1,2", "is a text file")]
    public void Read_NotAWorkbook_SaysWhatItIs(string name, string content, string expected)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        Assert.Contains(expected, ExcelFixtures.Failure(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ZipThatIsNotAWorkbook_SaysSo()
    {
        var path = Path.Combine(folder, "letter.xlsx");
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Create))
        {
            zip.CreateEntry("word/document.xml");
        }
        Assert.Contains("is a zip file but not an Excel workbook", ExcelFixtures.Failure(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Folder_SaysItIsAFolder() =>
        Assert.Contains("is a folder", ExcelFixtures.Failure(folder), StringComparison.Ordinal);
}
