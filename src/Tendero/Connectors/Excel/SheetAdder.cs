using System.Globalization;
using Tendero.Connectors.Csv;

namespace Tendero.Connectors.Excel;

/// <summary>
/// <c>tendero excel add-sheet</c>: writes a CSV into a new sheet of an existing .xlsx. Only workbook.xml, its .rels and
/// [Content_Types].xml change (plus styles.xml, appended to, when a date column needs a date format the workbook lacks);
/// the new sheet is added; every other zip entry keeps its exact bytes. The file is replaced atomically.
/// </summary>
public static class SheetAdder
{
    public static AddSheetOutcome Add(AddSheetRequest request, TimeProvider time) => Add(request, time, beforeReplace: null);

    internal static AddSheetOutcome Add(AddSheetRequest request, TimeProvider time, Action? beforeReplace)
    {
        try
        {
            var table = CsvFile.Read(request.CsvPath);
            var name = Path.GetFileName(request.WorkbookPath);
            var bytes = WorkbookFile.Read(request.WorkbookPath);
            var package = WorkbookPackage.Load(bytes, name);
            var map = WorkbookMap.Read(bytes, name);
            if (SheetNames.Problem(request.SheetName, map.Sheets.Select(s => s.Name)) is { } problem)
            {
                return new AddSheetOutcome.Refused(problem);
            }
            if (table.Headers.Count > CellRefs.MaxColumns || table.Rows.Count + 1 > CellRefs.MaxRows)
            {
                return new AddSheetOutcome.Refused($"{Path.GetFileName(request.CsvPath)} has {table.Headers.Count} columns and {table.Rows.Count} rows; a sheet holds at most {CellRefs.MaxColumns} columns and {CellRefs.MaxRows - 1} data rows.");
            }
            var like = LikeSheet.None;
            if (request.LikeSheet is { } likeName)
            {
                var entry = map.Find(likeName);
                if (entry?.PartPath is null)
                {
                    return new AddSheetOutcome.Refused($"--like: {name} has no worksheet named \"{likeName}\" (it has: {string.Join(", ", map.Sheets.Select(s => s.Name))}).");
                }
                like = LikeSheet.From(package.Get(entry.PartPath), entry.PartPath);
            }
            var styles = StyleBook.Load(map.StylesPath is null ? null : package.Get(map.StylesPath));
            var sheetXml = NewSheetXml.Build(table, like, styles, map.Date1904);
            var part = NewPartPath(package, map);
            var (rels, id) = WorkbookEdits.AddRelationship(package.Get(map.RelsPath), part[map.Folder.Length..]);
            package.Replace(map.WorkbookPath, WorkbookEdits.AddSheet(package.Get(map.WorkbookPath), request.SheetName, id));
            package.Replace(map.RelsPath, rels);
            package.Replace("[Content_Types].xml", WorkbookEdits.AddOverride(package.Get("[Content_Types].xml"), "/" + part));
            if (styles.Changed)
            {
                package.Replace(map.StylesPath!, styles.Save());
            }
            package.Add(part, sheetXml);
            AtomicFile.Replace(request.WorkbookPath, stream => package.WriteTo(stream, time.GetLocalNow()), beforeReplace);
            return new AddSheetOutcome.Added(request.SheetName, table.Rows.Count, part, package.Changed);
        }
        catch (Exception e) when (e is WorkbookException or CsvFileException)
        {
            return new AddSheetOutcome.Refused(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new AddSheetOutcome.Refused($"{request.WorkbookPath} was not changed: {e.Message}");
        }
    }

    private static string NewPartPath(WorkbookPackage package, WorkbookMap map)
    {
        for (var n = map.Sheets.Count + 1; ; n++)
        {
            var path = $"{map.Folder}worksheets/sheet{n.ToString(CultureInfo.InvariantCulture)}.xml";
            if (!package.Contains(path))
            {
                return path;
            }
        }
    }
}
