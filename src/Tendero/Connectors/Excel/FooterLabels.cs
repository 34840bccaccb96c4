namespace Tendero.Connectors.Excel;

/// <summary>Labels that start a totals row under a table: "Total", "TOTAL GENERAL", "Suma", "Subtotal:", "Gran total".</summary>
internal static class FooterLabels
{
    private static readonly HashSet<string> Exact = new(StringComparer.Ordinal)
    {
        "total", "totales", "total general", "totales generales", "gran total", "subtotal", "sub total", "suma", "suma total",
        "sumas", "total a pagar", "totals", "grand total", "sum",
    };

    /// <summary>
    /// Whether <paramref name="label"/> (the row's first value) marks a footer. "Total enero" counts too, but only on a row
    /// without dates, so a client called "Total Pharma" on a dated row stays data.
    /// </summary>
    public static bool IsFooter(string label, bool rowHasDate)
    {
        var key = ColumnNames.Key(label);
        if (Exact.Contains(key))
        {
            return true;
        }
        var words = key.Split(' ');
        return !rowHasDate && words.Length <= 3 && words[0] is "total" or "totales" or "subtotal" or "suma";
    }
}
