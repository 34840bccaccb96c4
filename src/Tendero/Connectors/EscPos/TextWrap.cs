namespace Tendero.Connectors.EscPos;

/// <summary>Breaks text into lines of at most a given width: at spaces when it can, inside a word when it must.</summary>
public static class TextWrap
{
    /// <param name="first">Width of the first line.</param>
    /// <param name="rest">Width of the lines after it (a hanging indent makes them narrower).</param>
    public static IReadOnlyList<string> Lines(string text, int first, int rest)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var remaining = word;
            while (remaining.Length > 0)
            {
                var width = lines.Count == 0 ? first : rest;
                var joined = line.Length == 0 ? remaining : line + " " + remaining;
                if (joined.Length <= width)
                {
                    line = joined;
                    remaining = "";
                }
                else if (line.Length > 0)
                {
                    lines.Add(line);
                    line = "";
                }
                else
                {
                    lines.Add(remaining[..width]);
                    remaining = remaining[width..];
                }
            }
        }
        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line);
        }
        return lines;
    }
}
