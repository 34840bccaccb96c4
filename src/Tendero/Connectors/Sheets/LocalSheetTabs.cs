namespace Tendero.Connectors.Sheets;

/// <summary>
/// Opens tabs of a business's local workbook (the <c>sheets.workbook</c> stand-in for a Google Sheet), sharing one set
/// of write locks so writers in this process never interleave on one file.
/// </summary>
public sealed class LocalSheetTabs(TimeProvider time)
{
    private readonly LocalWorkbookLocks locks = new();

    /// <summary>The factory <see cref="SheetTabs.Open"/> takes: the tab named <paramref name="name"/> in the config's workbook.</summary>
    public ISheetTab Open(Config.SheetsConfig config, string name) =>
        new LocalSheetTab(
            config.Workbook ?? throw new InvalidOperationException("sheets: there is no workbook configured for the local stand-in."),
            name, config.Tab(name)?.FormulaColumns ?? new HashSet<string>(), time, locks);
}
