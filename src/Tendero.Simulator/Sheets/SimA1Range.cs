namespace Tendero.Simulator.Sheets;

/// <summary>
/// An A1 range on a tab: <c>Reservas</c>, <c>Reservas!A1:Z</c>, <c>'Mi hoja'!A:H</c>, <c>'T'!1:1</c>, <c>'T'!C5</c>.
/// Rows and columns are 0-based here; an open end is <see cref="int.MaxValue"/>.
/// </summary>
internal sealed record SimA1Range(string Tab, int Row0, int Col0, int Row1, int Col1)
{
    public static SimA1Range Parse(string text)
    {
        string tab, cells;
        if (text.StartsWith('\''))
        {
            var end = 1;
            var name = new System.Text.StringBuilder();
            for (; end < text.Length; end++)
            {
                if (text[end] == '\'' && end + 1 < text.Length && text[end + 1] == '\'')
                {
                    name.Append('\'');
                    end++;
                }
                else if (text[end] == '\'')
                {
                    break;
                }
                else
                {
                    name.Append(text[end]);
                }
            }
            tab = name.ToString();
            cells = end + 1 < text.Length && text[end + 1] == '!' ? text[(end + 2)..] : end + 1 >= text.Length ? "" : throw Bad(text);
        }
        else
        {
            var bang = text.LastIndexOf('!');
            (tab, cells) = bang < 0 ? (text, "") : (text[..bang], text[(bang + 1)..]);
        }
        if (cells.Length == 0)
        {
            return new SimA1Range(tab, 0, 0, int.MaxValue, int.MaxValue);
        }
        var parts = cells.Split(':');
        var (r0, c0) = Corner(parts[0], text, 0);
        var (r1, c1) = parts.Length == 2 ? Corner(parts[1], text, int.MaxValue) : parts.Length == 1 ? (r0, c0) : throw Bad(text);
        if (parts.Length == 1 && (r0 == 0 && !parts[0].Any(char.IsDigit)))
        {
            (r1, c1) = (int.MaxValue, c0);
        }
        return new SimA1Range(tab, r0, c0, r1, c1);
    }

    // "C5" → (4, 2); "C" → (open, 2); "5" → (4, open).
    private static (int Row, int Col) Corner(string part, string text, int open)
    {
        var letters = new string(part.TakeWhile(char.IsAsciiLetter).ToArray()).ToUpperInvariant();
        var digits = part[letters.Length..];
        if (letters.Length + digits.Length == 0 || !digits.All(char.IsAsciiDigit) || letters.Length > 3)
        {
            throw Bad(text);
        }
        var col = letters.Length == 0 ? (open == 0 ? 0 : int.MaxValue) : letters.Aggregate(0, (n, c) => (n * 26) + (c - 'A' + 1)) - 1;
        var row = digits.Length == 0 ? (open == 0 ? 0 : int.MaxValue) : int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) - 1;
        return row < 0 ? throw Bad(text) : (row, col);
    }

    private static FormatException Bad(string text) => new($"Unable to parse range: {text}");

    public string Column(int col)
    {
        var s = "";
        for (var n = col + 1; n > 0; n = (n - 1) / 26)
        {
            s = (char)('A' + ((n - 1) % 26)) + s;
        }
        return s;
    }
}
