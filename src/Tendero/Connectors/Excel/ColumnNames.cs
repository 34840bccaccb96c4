using System.Globalization;
using System.Text;

namespace Tendero.Connectors.Excel;

/// <summary>How header text is compared and named: case, accents, punctuation and extra spaces do not matter.</summary>
public static class ColumnNames
{
    /// <summary>"  Nombre del  CLIENTE: " → "nombre del cliente"; "Total $" → "total".</summary>
    public static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsLetterOrDigit(ch))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }
                builder.Append(char.ToLowerInvariant(ch));
                space = false;
            }
            else
            {
                space = true;
            }
        }
        return builder.ToString();
    }

    /// <summary>A column name for output files: "Nombre del cliente" → "nombre_del_cliente"; "column_c" when the header holds no letters or digits.</summary>
    public static string Snake(string header, string columnLetter) =>
        Key(header) is { Length: > 0 } key ? key.Replace(' ', '_') : "column_" + columnLetter.ToLowerInvariant();

    /// <summary>0 → "A", 25 → "Z", 26 → "AA".</summary>
    public static string Letter(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }
        return letters;
    }
}
