using Tendero.Connectors.Excel;

namespace Tendero.Tests.Connectors.Excel;

/// <summary>The committed workbooks under tests/fixtures/excel (made by make.sh), found by walking up to Tendero.slnx.</summary>
internal static class ExcelFixtures
{
    public static string Folder { get; } = Path.Combine(FindRoot(), "tests", "fixtures", "excel");

    public static string File(string name) => Path.Combine(Folder, name);

    public static Workbook Load(string name, DateOrder order = DateOrder.Dmy) =>
        WorkbookReader.Read(File(name), new ExcelReadOptions { DateOrder = order }) switch
        {
            WorkbookLoad.Loaded loaded => loaded.Workbook,
            WorkbookLoad.Failed failed => throw new InvalidOperationException(failed.Reason),
            _ => throw new InvalidOperationException("unknown result"),
        };

    public static string Failure(string path) =>
        Assert.IsType<WorkbookLoad.Failed>(WorkbookReader.Read(path, new ExcelReadOptions())).Reason;

    /// <summary>A column's values, normalised, in row order.</summary>
    public static List<string?> Values(DetectedTable table, string column)
    {
        var i = table.Columns.ToList().FindIndex(c => c.Name == column);
        Assert.True(i >= 0, $"no column {column}: {string.Join(", ", table.Columns.Select(c => c.Name))}");
        return table.Rows.Select(r => r.Cells[i].As(table.Columns[i].Type).Value).ToList();
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(Path.Combine(dir.FullName, "Tendero.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (Tendero.slnx).");
    }
}
