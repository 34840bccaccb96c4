using System.Globalization;
using System.Xml.Linq;
using Tendero.Connectors.Excel;

namespace Tendero.Connectors.Sheets;

/// <summary>
/// A tab of a local .xlsx standing in for a Google Sheet when there are no credentials. Rows are addressed by the header
/// names in row 1. Each write changes only that sheet's part (and styles.xml when a date needs a format the workbook
/// lacks), then replaces the file atomically; writers in this process take turns through <see cref="LocalWorkbookLocks"/>.
/// </summary>
public sealed class LocalSheetTab(string path, string name, IReadOnlySet<string> formulaColumns, TimeProvider time, LocalWorkbookLocks? locks = null, CultureInfo? culture = null) : ISheetTab
{
    private readonly SemaphoreSlim gate = (locks ?? new LocalWorkbookLocks()).For(path);
    private readonly CultureInfo culture = culture ?? CultureInfo.InvariantCulture;

    public string Name => name;

    public Task<IReadOnlyList<string>> HeadersAsync(CancellationToken ct) =>
        UnderLock<IReadOnlyList<string>>(open => [.. Headers(open.Cells).Select(h => h.Name)], ct);

    public Task<IReadOnlyList<SheetRow>> ReadAsync(CancellationToken ct) => UnderLock<IReadOnlyList<SheetRow>>(open =>
    {
        var headers = Headers(open.Cells);
        return [.. open.Cells.Rows().Where(r => r.Number > 1).Select(r =>
            {
                var cells = open.Cells.Cells(r.Row).ToDictionary(c => c.Column, c => open.Cells.Text(c.Cell));
                return new SheetRow(r.Number, headers.ToDictionary(h => h.Name, h => cells.GetValueOrDefault(h.Column, "")));
            })
            .Where(row => row.Values.Values.Any(v => v.Length > 0))];
    }, ct);

    public Task AppendAsync(IReadOnlyDictionary<string, object?> values, CancellationToken ct) => UnderLock(open =>
    {
        var columns = Columns(Headers(open.Cells), values);
        var row = Math.Max(open.Cells.LastUsedRow(), 1) + 1;
        Write(open, row, columns, values);
        return true;
    }, ct);

    public Task<bool> UpdateAsync(string keyColumn, string key, IReadOnlyDictionary<string, object?> values, CancellationToken ct) => UnderLock(open =>
    {
        var headers = Headers(open.Cells);
        var keyAt = Columns(headers, new Dictionary<string, object?> { [keyColumn] = null })[keyColumn];
        var columns = Columns(headers, values);
        var match = open.Cells.Rows().Where(r => r.Number > 1)
            .FirstOrDefault(r => open.Cells.Cells(r.Row).Any(c => c.Column == keyAt && open.Cells.Text(c.Cell) == key));
        if (match.Row is null)
        {
            return false;
        }
        Write(open, match.Number, columns, values);
        return true;
    }, ct);

    private void Write(OpenSheet open, int row, Dictionary<string, int> columns, IReadOnlyDictionary<string, object?> values)
    {
        foreach (var (header, value) in values)
        {
            var column = columns[header];
            var above = row > 2 ? open.Cells.Cell(row - 1, column) : null;
            var formula = formulaColumns.Contains(header);
            SheetValue.Set(open.Cells.Ensure(row, column), value, (int?)above?.Attribute("s"), formula, open.Cells);
        }
        open.Cells.UpdateDimension();
        open.Package.Replace(open.SheetPath, PartXml.Save(open.Document));
        if (open.Cells.Styles.Changed)
        {
            open.Package.Replace(open.Map.StylesPath!, open.Cells.Styles.Save());
        }
        AtomicFile.Replace(path, stream => open.Package.WriteTo(stream, time.GetLocalNow()));
    }

    private Dictionary<string, int> Columns(List<(string Name, int Column)> headers, IReadOnlyDictionary<string, object?> values)
    {
        var unknown = values.Keys.Where(k => !headers.Any(h => h.Name == k)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"\"{string.Join("\", \"", unknown)}\" is not a column of the \"{name}\" sheet; its headers are: {string.Join(", ", headers.Select(h => h.Name))}.");
        }
        return values.Keys.ToDictionary(k => k, k => headers.First(h => h.Name == k).Column);
    }

    private static List<(string Name, int Column)> Headers(SheetCells cells)
    {
        var first = cells.Rows().FirstOrDefault(r => r.Number == 1).Row;
        return first is null ? [] : [.. cells.Cells(first).Select(c => (Name: cells.Text(c.Cell).Trim(), c.Column)).Where(h => h.Name.Length > 0)];
    }

    private async Task<T> UnderLock<T>(Func<OpenSheet, T> work, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            return work(Open());
        }
        finally
        {
            gate.Release();
        }
    }

    private OpenSheet Open()
    {
        var file = Path.GetFileName(path);
        var bytes = WorkbookFile.Read(path);
        var package = WorkbookPackage.Load(bytes, file);
        var map = WorkbookMap.Read(bytes, file);
        var sheetPath = map.Find(name)?.PartPath
            ?? throw new WorkbookException($"{file} has no worksheet named \"{name}\" (it has: {string.Join(", ", map.Sheets.Select(s => s.Name))}).");
        var document = PartXml.Load(package.Get(sheetPath), sheetPath);
        var shared = map.SharedStringsPath is { } sp
            ? PartXml.Load(package.Get(sp), sp).Root?.Elements(PartXml.Main + "si").Select(si => string.Concat(si.Descendants(PartXml.Main + "t").Where(t => t.Parent?.Name.LocalName != "rPh").Select(t => t.Value))).ToList() ?? []
            : [];
        var styles = StyleBook.Load(map.StylesPath is null ? null : package.Get(map.StylesPath));
        return new OpenSheet(package, map, sheetPath, document, new SheetCells(document, shared, styles, map.Date1904, culture));
    }

    private sealed record OpenSheet(WorkbookPackage Package, WorkbookMap Map, string SheetPath, XDocument Document, SheetCells Cells);
}
