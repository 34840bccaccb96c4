using System.Text;

namespace Tendero.Connectors.Sheets;

/// <summary>
/// A1 notation: column letters and ranges on a named tab. A tab name is always quoted (<c>'Mi hoja'!A1:H</c>), which
/// Sheets accepts for every name; a quote inside the name is doubled.
/// </summary>
public static class A1
{
    /// <summary>1 → A, 26 → Z, 27 → AA.</summary>
    public static string Column(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        var letters = new StringBuilder();
        for (var n = number; n > 0; n = (n - 1) / 26)
        {
            letters.Insert(0, (char)('A' + ((n - 1) % 26)));
        }
        return letters.ToString();
    }

    public static string Tab(string tab) => "'" + tab.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary><c>'Tab'!1:1</c>: the header row, however wide.</summary>
    public static string HeaderRow(string tab) => $"{Tab(tab)}!1:1";

    /// <summary><c>'Tab'!C:C</c>: a whole column.</summary>
    public static string WholeColumn(string tab, int column) => $"{Tab(tab)}!{Column(column)}:{Column(column)}";

    /// <summary><c>'Tab'!C5</c>: one cell.</summary>
    public static string Cell(string tab, int column, int row) => $"{Tab(tab)}!{Column(column)}{row}";

    /// <summary><c>'Tab'!A:H</c>: the columns a table spans, every row.</summary>
    public static string Columns(string tab, int count) => $"{Tab(tab)}!A:{Column(Math.Max(1, count))}";
}
