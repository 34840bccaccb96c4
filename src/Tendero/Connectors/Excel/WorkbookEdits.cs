using System.Globalization;
using System.Xml.Linq;

namespace Tendero.Connectors.Excel;

/// <summary>The three small edits that register a new worksheet: a <c>&lt;sheet&gt;</c> in workbook.xml, a relationship, a content-type override. Each appends; nothing else in those parts moves.</summary>
internal static class WorkbookEdits
{
    public static byte[] AddSheet(byte[] workbookXml, string name, string relationshipId)
    {
        var doc = PartXml.Load(workbookXml, "workbook.xml");
        var sheets = doc.Root?.Element(PartXml.Main + "sheets") ?? throw new WorkbookException("The workbook is damaged: workbook.xml has no <sheets>.");
        var ids = sheets.Elements(PartXml.Main + "sheet").Select(s => (uint?)s.Attribute("sheetId") ?? 0u);
        var sheetId = ids.DefaultIfEmpty(0u).Max() + 1;
        // Appended last, so the positions that definedName/@localSheetId and bookViews/@activeTab count stay right.
        sheets.Add(new XElement(PartXml.Main + "sheet",
            new XAttribute("name", name),
            new XAttribute("sheetId", sheetId.ToString(CultureInfo.InvariantCulture)),
            new XAttribute(PartXml.Rel + "id", relationshipId)));
        return PartXml.Save(doc);
    }

    /// <summary>Adds a worksheet relationship and returns its new id (<c>rIdN</c>, N one past the highest).</summary>
    public static (byte[] Rels, string Id) AddRelationship(byte[] relsXml, string target)
    {
        var doc = PartXml.Load(relsXml, "workbook.xml.rels");
        var root = doc.Root ?? throw new WorkbookException("The workbook is damaged: workbook.xml.rels is empty.");
        var taken = root.Elements(PartXml.PackageRel + "Relationship").Select(r => (string?)r.Attribute("Id") ?? "").ToHashSet(StringComparer.Ordinal);
        var n = taken.Select(id => id.StartsWith("rId", StringComparison.Ordinal) && int.TryParse(id[3..], CultureInfo.InvariantCulture, out var k) ? k : 0).DefaultIfEmpty(0).Max() + 1;
        while (taken.Contains($"rId{n}"))
        {
            n++;
        }
        var id = $"rId{n}";
        root.Add(new XElement(PartXml.PackageRel + "Relationship",
            new XAttribute("Id", id), new XAttribute("Type", PartXml.WorksheetType), new XAttribute("Target", target)));
        return (PartXml.Save(doc), id);
    }

    public static byte[] AddOverride(byte[] contentTypesXml, string partName)
    {
        var doc = PartXml.Load(contentTypesXml, "[Content_Types].xml");
        var root = doc.Root ?? throw new WorkbookException("The workbook is damaged: [Content_Types].xml is empty.");
        root.Add(new XElement(PartXml.ContentTypes + "Override",
            new XAttribute("PartName", partName), new XAttribute("ContentType", PartXml.WorksheetContentType)));
        return PartXml.Save(doc);
    }
}
