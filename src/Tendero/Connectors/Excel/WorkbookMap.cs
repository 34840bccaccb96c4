using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Tendero.Connectors.Excel;

/// <summary>Where things are in a workbook, found with the OpenXml SDK opened read-only (nothing is written through it).</summary>
internal sealed record WorkbookMap(string WorkbookPath, IReadOnlyList<WorkbookMap.SheetEntry> Sheets, string? StylesPath, string? SharedStringsPath, bool Date1904)
{
    public sealed record SheetEntry(string Name, string? PartPath);

    public string RelsPath => RelsOf(WorkbookPath);

    public string Folder => WorkbookPath[..(WorkbookPath.LastIndexOf('/') + 1)];

    public SheetEntry? Find(string name) => Sheets.FirstOrDefault(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    public static string RelsOf(string part)
    {
        var slash = part.LastIndexOf('/');
        return part[..(slash + 1)] + "_rels/" + part[(slash + 1)..] + ".rels";
    }

    public static WorkbookMap Read(byte[] bytes, string name)
    {
        try
        {
            using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false);
            var workbookPart = doc.WorkbookPart ?? throw new WorkbookException($"{name} is damaged: it has no workbook part (xl/workbook.xml).");
            var workbook = workbookPart.Workbook ?? throw new WorkbookException($"{name} is damaged: xl/workbook.xml is empty.");
            var sheets = (workbook.Sheets?.Elements<Sheet>() ?? []).Select(s => new SheetEntry(
                s.Name?.Value ?? "",
                s.Id?.Value is { } id && workbookPart.TryGetPartById(id, out var part) && part is WorksheetPart ? PathOf(part) : null)).ToList();
            return new WorkbookMap(PathOf(workbookPart), sheets, workbookPart.WorkbookStylesPart is { } styles ? PathOf(styles) : null,
                workbookPart.SharedStringTablePart is { } strings ? PathOf(strings) : null,
                workbook.WorkbookProperties?.Date1904?.Value == true);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or FileFormatException or InvalidOperationException or ArgumentException)
        {
            throw new WorkbookException($"{name} is damaged or not a spreadsheet: {e.Message}", e);
        }
    }

    private static string PathOf(OpenXmlPart part) => Uri.UnescapeDataString(part.Uri.OriginalString.TrimStart('/'));
}
