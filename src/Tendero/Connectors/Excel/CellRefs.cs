namespace Tendero.Connectors.Excel;

/// <summary>A1-style references: column letters to 1-based numbers and back.</summary>
public static class CellRefs
{
    public const int MaxColumns = 16384;
    public const int MaxRows = 1048576;

    public static string Column(int number)
    {
        var letters = "";
        for (var n = number; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }
        return letters;
    }

    /// <summary>The 1-based column of a reference such as <c>C7</c>, or 0 when it has no letters.</summary>
    public static int ColumnOf(string reference)
    {
        var n = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                n = (n * 26) + (c - 'A' + 1);
            }
            else if (c is >= 'a' and <= 'z')
            {
                n = (n * 26) + (c - 'a' + 1);
            }
            else
            {
                break;
            }
        }
        return n;
    }

    public static string Of(int column, int row) => Column(column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
