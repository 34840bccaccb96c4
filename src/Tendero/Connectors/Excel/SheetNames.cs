namespace Tendero.Connectors.Excel;

/// <summary>Excel's rules for a sheet name: 1-31 characters, none of <c>[ ] : * ? / \</c>, no apostrophe at either end, unique ignoring case.</summary>
public static class SheetNames
{
    public const int MaxLength = 31;
    private static readonly System.Buffers.SearchValues<char> Forbidden = System.Buffers.SearchValues.Create("[]:*?/\\");

    /// <summary>What is wrong with the name, or null when Excel accepts it next to <paramref name="existing"/>.</summary>
    public static string? Problem(string name, IEnumerable<string> existing)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "A sheet needs a name.";
        }
        if (name.Length > MaxLength)
        {
            return $"\"{name}\" has {name.Length} characters; Excel allows at most {MaxLength} in a sheet name.";
        }
        var bad = name.AsSpan().IndexOfAny(Forbidden);
        if (bad >= 0)
        {
            return $"\"{name}\" contains '{name[bad]}'; a sheet name cannot contain any of [ ] : * ? / \\";
        }
        if (name[0] == '\'' || name[^1] == '\'' || name.Any(char.IsControl))
        {
            return $"\"{name}\" cannot start or end with an apostrophe or hold control characters.";
        }
        if (name.Equals("History", StringComparison.OrdinalIgnoreCase))
        {
            return "\"History\" is reserved by Excel; choose another name.";
        }
        var clash = existing.FirstOrDefault(e => e.Equals(name, StringComparison.OrdinalIgnoreCase));
        return clash is null ? null : $"The workbook already has a sheet named \"{clash}\"; choose another name.";
    }
}
